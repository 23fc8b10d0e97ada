package org.sstlib.cli;

import java.util.Locale;
import java.util.Optional;
import org.sstlib.core.casefile.CaseFormat;
import org.sstlib.rdf.io.RdfFormat;

/**
 * What {@code sst export -f} writes: an RDF syntax or a case-file format, spelt as on the command line
 * ({@code turtle}, ..., in any case). picocli turns the value into one of these and refuses any other with its
 * usual message listing them, exit code 2; help and shell completion offer the names as they are typed
 * ({@link Names}).
 */
enum ExportFormat {
  TURTLE(RdfFormat.TURTLE, null),
  TRIG(RdfFormat.TRIG, null),
  NTRIPLES(RdfFormat.NTRIPLES, null),
  NQUADS(RdfFormat.NQUADS, null),
  JSONLD(RdfFormat.JSONLD, null),
  YAML(null, CaseFormat.YAML),
  JSON(null, CaseFormat.JSON),
  /** A REFI-QDA project of the case's quoted evidence, for a qualitative data analysis tool ({@link QdpxOutput}). */
  QDPX(null, null);

  private final RdfFormat rdf;
  private final CaseFormat caseFile;

  ExportFormat(RdfFormat rdf, CaseFormat caseFile) {
    this.rdf = rdf;
    this.caseFile = caseFile;
  }

  /** The RDF syntax, unless this is a case-file format. */
  Optional<RdfFormat> rdf() {
    return Optional.ofNullable(rdf);
  }

  /** The case-file format, unless this is an RDF syntax. */
  Optional<CaseFormat> caseFile() {
    return Optional.ofNullable(caseFile);
  }

  /** Whether a file of this format holds one case (Turtle, N-Triples, YAML, JSON, QDPX) rather than several. */
  boolean holdsOneCase() {
    return rdf == null || !rdf.holdsNamedGraphs();
  }

  /** The name as it is typed: {@code turtle}, {@code jsonld}, ... */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The names as they are typed, for picocli's help ({@code ${COMPLETION-CANDIDATES}}) and completion. */
  static final class Names extends EnumNames<ExportFormat> {
    Names() {
      super(ExportFormat.class);
    }
  }
}
