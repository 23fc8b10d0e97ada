package org.sstlib.rdf;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIs;

/**
 * When an IRI that a case mints needs no full check. A case's IRIs are its base followed by ids and fixed words
 * ({@code base + id}, {@code base + cycle + "/external/" + i}, ...), and ids are made of letters, digits, '.', '_'
 * and '-'. Appending such characters and '/' to a base that ends inside a path, a URN's specific string or a
 * fragment keeps the IRI valid, so once the base itself has passed with such a suffix, checking each IRI again (a
 * full parse) only costs time: at a hundred thousand triples it was a third of the mapping.
 *
 * <p>Whatever does not fit stays fully checked: a base ending elsewhere ({@code http://host:} would make the id a
 * port, {@code https://} a host), one that fails with a sample suffix, and a suffix with any other character, or
 * with a dot segment ({@code /.} ).
 */
final class PlainIris {
  /** Two sample suffixes with every kind of character a plain suffix may have. */
  private static final String[] SAMPLES = {"x0", "x0/A.b_c-d~9/0"};

  private final String base;
  private final boolean plainBase;

  PlainIris(String base) {
    this.base = base;
    this.plainBase = isPlainBase(base);
  }

  /** Whether {@code iri} is this base followed by a plain suffix, so that it is valid without a check. */
  boolean valid(String iri) {
    return plainBase && iri.length() > base.length() && iri.startsWith(base) && isPlainSuffix(iri, base.length());
  }

  /** Whether every plain suffix after {@code base} gives a valid IRI. */
  static boolean isPlainBase(String base) {
    if (base.isEmpty() || base.endsWith("://")) {
      return false;
    }
    char last = base.charAt(base.length() - 1);
    if (last != '/' && last != '#' && last != ':') {
      return false;
    }
    for (String sample : SAMPLES) {
      try {
        IRIs.checkEx(base + sample);
      } catch (IRIException e) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code iri} from {@code start} on is a plain suffix: it starts with a letter or digit, has only
   * letters, digits, '.', '_', '-', '~' and '/', and no '/' followed by '.' or another '/'.
   */
  static boolean isPlainSuffix(String iri, int start) {
    if (start >= iri.length() || !isAlphanumeric(iri.charAt(start))) {
      return false;
    }
    for (int i = start + 1; i < iri.length(); i++) {
      char c = iri.charAt(i);
      if (c == '/') {
        if (i + 1 < iri.length() && (iri.charAt(i + 1) == '.' || iri.charAt(i + 1) == '/')) {
          return false;
        }
      } else if (!isAlphanumeric(c) && c != '.' && c != '_' && c != '-' && c != '~') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
