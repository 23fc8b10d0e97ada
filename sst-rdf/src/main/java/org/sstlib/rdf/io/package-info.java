/**
 * RDF files and formats: cases written as deterministic Turtle, TriG, N-Triples, N-Quads or JSON-LD
 * ({@link org.sstlib.rdf.io.RdfFiles}, {@link org.sstlib.rdf.io.RdfFormat}), and read back strictly, every syntax
 * error located by line and column ({@link org.sstlib.rdf.io.RdfSyntaxException}).
 *
 * <p>Start here:
 *
 * <pre>{@code
 * Case study = CaseFiles.read(Path.of("examples/cases/hughes-2022.yaml"));
 * try (OutputStream out = Files.newOutputStream(Path.of("hughes-2022.ttl"))) {
 *   RdfFiles.write(List.of(study), RdfFormat.TURTLE, out);        // the same case always gives the same bytes
 * }
 * List<Case> back = RdfFiles.read(Path.of("hughes-2022.ttl"));    // [study]
 * }</pre>
 */
package org.sstlib.rdf.io;
