/**
 * An analysis packed for deposit beside a paper, and checked years later: {@link org.sstlib.archive.StudyCrate}
 * makes an RO-Crate 1.2 of case files (byte for byte), their RDF (Turtle, TriG, JSON-LD), the vocabulary and shapes
 * of this version, the HTML report and, when their makers include them, the source texts the evidence quotes, with
 * a metadata document that gives every file's media type, size and SHA-256 and says which software made the crate.
 * The same inputs give the same bytes. {@link org.sstlib.archive.CrateCheck} checks a crate, zip or folder, with a
 * hardened zip reader: every checksum, every file described and there, and every case file still valid.
 *
 * <pre>{@code
 * StudyCrate crate = StudyCrate.builder("0.1.0", LocalDate.of(2026, 1, 15))
 *     .caseFile("hughes-2022.yaml", Files.readAllBytes(Path.of("examples/cases/hughes-2022.yaml")))
 *     .build();
 * crate.writeDirectory(Path.of("study"));
 * CrateCheck.check(Path.of("study")).isValid();   // true
 * }</pre>
 */
package org.sstlib.archive;
