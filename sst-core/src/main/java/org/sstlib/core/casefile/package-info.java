/**
 * Case files: one SST analysis a file, in YAML or JSON. Start with {@link org.sstlib.core.casefile.CaseFiles}:
 * {@code CaseFiles.read(path)} gives a valid {@link org.sstlib.core.Case} or throws
 * {@link org.sstlib.core.casefile.CaseFileException} with every problem of the file, each located by line, column
 * and path ({@link org.sstlib.core.Problem}); {@code CaseFiles.write(case, path)} writes one back.
 * The format is described in {@code docs/case-files.md} and by the JSON Schema
 * {@code sst-case-1.schema.json} in this package's resources.
 */
package org.sstlib.core.casefile;
