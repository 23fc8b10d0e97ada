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
 *
 * <p>Behind {@code RdfFiles}, package-private: the output is laid out a subject at a time from a
 * {@code SubjectTable} (a case's triples grouped by subject, far smaller than a graph), as Turtle and TriG by
 * {@code TurtleWriter} (blank nodes placed by {@code BlankNodeLayout}), as sorted N-Triples and N-Quads lines by
 * {@code CanonicalLines}, as JSON-LD by Jena ({@code JsonLdOutput}); {@code TermText} holds the one escaping of
 * IRIs and strings that they share.
 */
package org.sstlib.rdf.io;
