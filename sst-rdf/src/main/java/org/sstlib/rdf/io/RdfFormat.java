package org.sstlib.rdf.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;

/**
 * The RDF syntaxes {@link RdfFiles} reads and writes, each with its file extension.
 *
 * <pre>{@code
 * RdfFormat format = RdfFormat.ofFileName("out/hughes-2022.ttl").orElseThrow();   // TURTLE
 * format.lang();                // Lang.TURTLE
 * format.holdsNamedGraphs();    // false: one case a file
 * }</pre>
 */
public enum RdfFormat {
  /** Turtle, {@code .ttl}: one case, written deterministically. */
  TURTLE(".ttl", Lang.TURTLE, false),
  /** TriG, {@code .trig}: any number of cases, each in its named graph. */
  TRIG(".trig", Lang.TRIG, true),
  /** N-Triples, {@code .nt}: one case, one triple a line, lines sorted. */
  NTRIPLES(".nt", Lang.NTRIPLES, false),
  /** N-Quads, {@code .nq}: any number of cases, each in its named graph, lines sorted. */
  NQUADS(".nq", Lang.NQUADS, true),
  /**
   * JSON-LD 1.1, {@code .jsonld}: any number of cases, each in its named graph (one case too); the
   * {@code @context} is written inline, so no reader needs the network.
   */
  JSONLD(".jsonld", Lang.JSONLD11, true);

  private final String extension;
  private final Lang lang;
  private final boolean namedGraphs;

  RdfFormat(String extension, Lang lang, boolean namedGraphs) {
    this.extension = extension;
    this.lang = lang;
    this.namedGraphs = namedGraphs;
  }

  /** The file extension, with its dot: {@code .ttl}. */
  public String extension() {
    return extension;
  }

  /** Jena's language for this syntax. */
  public Lang lang() {
    return lang;
  }

  /**
   * Whether a file of this syntax can hold named graphs, and so several cases. Turtle and N-Triples hold one
   * graph, and one case.
   */
  public boolean holdsNamedGraphs() {
    return namedGraphs;
  }

  /** The format a file name's extension names, ignoring case, if it names one. */
  public static Optional<RdfFormat> ofFileName(String name) {
    checkNotNull(name, "name");
    String lower = name.toLowerCase(Locale.ROOT);
    for (RdfFormat format : values()) {
      if (lower.endsWith(format.extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
