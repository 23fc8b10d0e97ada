/**
 * Case files: one SST analysis a file, in YAML or JSON. Start with {@link org.sstlib.core.casefile.CaseFiles}:
 * {@code CaseFiles.read(path)} gives a valid {@link org.sstlib.core.Case} or throws
 * {@link org.sstlib.core.casefile.CaseFileException} with every problem of the file, each located by line, column
 * and path ({@link org.sstlib.core.Problem}); {@code CaseFiles.write(case, path)} writes one back.
 * The format is described in {@code docs/case-files.md} and by a JSON Schema (draft 2020-12) for each format
 * version, in this package's resources: {@code sst-case-2.schema.json} for files that say {@code sst: "2"} (evidence
 * kinds, authors, ORCID iDs, {@code by}, source texts) and {@code sst-case-1.schema.json} for files that say
 * {@code sst: "1"}. Their ids are {@code https://w3id.org/sst/schema/sst-case-<version>.schema.json}.
 */
package org.sstlib.core.casefile;
