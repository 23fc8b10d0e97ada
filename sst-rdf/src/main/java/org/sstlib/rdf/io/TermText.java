package org.sstlib.rdf.io;

import java.util.Locale;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sys.JenaSystem;

/**
 * RDF terms as the text of Turtle and N-Triples: the one escaping of IRIs and string literals that both writers
 * share, the canonical N-Triples form of a term, and the Turtle grammar of prefixed names.
 *
 * <p>Strings are escaped as both syntaxes require ({@code \"}, {@code \\}, {@code \n}, {@code \r}, {@code \t},
 * {@code \b}, {@code \f}; other control characters, DEL and lone surrogates as {@code \}{@code uXXXX}); every other
 * character is kept as it is (UTF-8), never replaced. Stateless and thread-safe.
 */
final class TermText {
  static {
    // Jena must initialise before its vocabulary constants are touched, or they can come out null.
    JenaSystem.init();
  }

  private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();
  /** The characters an IRIREF may not hold as they are, beside those up to space. */
  private static final String IRI_ESCAPED = "<>\"{}|^`\\";

  private TermText() {}

  // ------------------------------------------------------------------------------------------------ strings

  /**
   * Appends a string literal between quotes. In the long form ({@code """ ... """}, Turtle only) a line feed is
   * kept as a line break; in the short form it is written {@code \n}.
   */
  static void appendString(StringBuilder out, String s, boolean longForm) {
    out.append(longForm ? "\"\"\"" : "\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append(longForm ? "\n" : "\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x7F) {
            appendUnicodeEscape(out, c);
          } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            // A lone surrogate cannot be encoded in UTF-8; keep it visible rather than turn it into '?'.
            appendUnicodeEscape(out, c);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append(longForm ? "\"\"\"" : "\"");
  }

  /** A string as a Turtle string literal: between {@code """} when it holds a line feed, else {@code "}. */
  static String turtleString(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    appendString(out, s, s.indexOf('\n') >= 0);
    return out.toString();
  }

  // ------------------------------------------------------------------------------------------------ IRIs

  /** An IRI in full, {@code <...>}, with the characters IRIREF forbids escaped. */
  static String iriRef(String iri) {
    StringBuilder out = new StringBuilder(iri.length() + 2);
    appendIriRef(out, iri);
    return out.toString();
  }

  static void appendIriRef(StringBuilder out, String iri) {
    out.append('<');
    for (int i = 0; i < iri.length(); i++) {
      char c = iri.charAt(i);
      if (escapedInIri(c)) {
        appendUnicodeEscape(out, c);
      } else {
        out.append(c);
      }
    }
    out.append('>');
  }

  /**
   * Compares two IRIs as their texts {@link #iriRef(String) <...>} compare ({@link String#compareTo}), without
   * making the texts: the order of N-Triples lines, where {@code <a/b>} comes before {@code <a>}.
   */
  static int compareIriRefs(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int k = 0;
    while (k < n && a.charAt(k) == b.charAt(k)) {
      k++;
    }
    if (k == a.length() && k == b.length()) {
      return 0;
    }
    // The texts agree up to here; the next character of each is '>' at its end, '\' where an escape starts.
    int ca = k == a.length() ? '>' : escapedInIri(a.charAt(k)) ? '\\' : a.charAt(k);
    int cb = k == b.length() ? '>' : escapedInIri(b.charAt(k)) ? '\\' : b.charAt(k);
    if (ca != cb) {
      return ca - cb;
    }
    // Both escapes: the four upper-case hex digits sort as the characters they stand for.
    return a.charAt(k) - b.charAt(k);
  }

  private static boolean escapedInIri(char c) {
    return c <= 0x20 || IRI_ESCAPED.indexOf(c) >= 0;
  }

  private static void appendUnicodeEscape(StringBuilder out, char c) {
    out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
  }

  // ------------------------------------------------------------------------------------------------ N-Triples

  /**
   * Appends a term in canonical N-Triples form (non-ASCII kept as UTF-8): an IRI in full, a blank node by the
   * label it is given, a literal in the short string form with its language tag or datatype ({@code xsd:string}
   * left implicit).
   */
  static void appendNTriples(StringBuilder out, Node n, Function<Node, String> blankLabel) {
    if (n.isURI()) {
      appendIriRef(out, n.getURI());
    } else if (n.isBlank()) {
      out.append("_:").append(blankLabel.apply(n));
    } else if (n.isLiteral()) {
      appendString(out, n.getLiteralLexicalForm(), false);
      String lang = n.getLiteralLanguage();
      if (lang != null && !lang.isEmpty()) {
        out.append('@').append(lang);
        if (n.getLiteralBaseDirection() != null) {
          out.append("--").append(n.getLiteralBaseDirection().direction());
        }
      } else if (n.getLiteralDatatypeURI() != null && !n.getLiteralDatatypeURI().equals(XSD_STRING)) {
        out.append("^^");
        appendIriRef(out, n.getLiteralDatatypeURI());
      }
    } else {
      throw new IllegalArgumentException("not an RDF 1.1 term: " + n);
    }
  }

  // ------------------------------------------------------------------------------------------------ grammar

  /** Whether a string is a legal PN_LOCAL of Turtle that needs no escapes (empty is legal). */
  static boolean isLocalName(String s) {
    return isLocalName(s, 0);
  }

  /** Whether the end of a string from {@code from} on is a legal PN_LOCAL of Turtle that needs no escapes. */
  static boolean isLocalName(String s, int from) {
    int n = s.length();
    int i = from;
    while (i < n) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      boolean ok;
      if (i == from) {
        ok = isPnCharsU(cp) || cp == ':' || (cp >= '0' && cp <= '9');
      } else if (next == n) {
        ok = isPnChars(cp) || cp == ':';
      } else {
        ok = isPnChars(cp) || cp == '.' || cp == ':';
      }
      if (!ok) {
        return false;
      }
      i = next;
    }
    return true;
  }

  /** Whether a string is a legal PN_PREFIX of Turtle, or empty. */
  static boolean isPrefixName(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      boolean ok = i == 0 ? isPnCharsBase(cp) : next == n ? isPnChars(cp) : isPnChars(cp) || cp == '.';
      if (!ok) {
        return false;
      }
      i = next;
    }
    return true;
  }

  private static boolean isPnCharsBase(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0xD6)
        || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D)
        || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) || (c >= 0x2070 && c <= 0x218F)
        || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF)
        || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
  }

  private static boolean isPnCharsU(int c) {
    return isPnCharsBase(c) || c == '_';
  }

  private static boolean isPnChars(int c) {
    return isPnCharsU(c) || c == '-' || (c >= '0' && c <= '9') || c == 0xB7 || (c >= 0x300 && c <= 0x36F)
        || (c >= 0x203F && c <= 0x2040);
  }
}
