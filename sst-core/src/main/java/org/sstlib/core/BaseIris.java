package org.sstlib.core;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks on a case's {@code base}, the IRI every element's IRI starts with: absolute, no user name (element IRIs
 * are published), and no character an IRI may not hold. Stateless and thread-safe.
 */
final class BaseIris {
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");
  private static final Pattern USER_INFO = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*@");

  private BaseIris() {}

  /** What is wrong with {@code base}, or empty if element IRIs can be made from it. */
  static Optional<String> problem(String base) {
    if (!SCHEME.matcher(base).matches()) {
      return Optional.of("base '" + base + "' is not an absolute IRI (it needs a scheme such as https: or urn:)");
    }
    if (USER_INFO.matcher(base).find()) {
      return Optional.of("base '" + base + "' names a user ('user@host'): element IRIs are published, so leave "
          + "the user name out");
    }
    for (int i = 0; i < base.length(); i++) {
      char c = base.charAt(i);
      if (c <= ' ' || (c >= 0x7F && c <= 0x9F) || "<>\"{}|\\^`".indexOf(c) >= 0) {
        return Optional.of("base '" + base + "' contains "
            + (c <= ' ' || c >= 0x7F ? String.format("the character U+%04X", (int) c) : "'" + c + "'")
            + ", which an IRI may not contain");
      }
      if (c == '%' && !(i + 2 < base.length() && isHex(base.charAt(i + 1)) && isHex(base.charAt(i + 2)))) {
        return Optional.of("base '" + base + "' has a '%' that is not followed by two hexadecimal digits");
      }
    }
    return Optional.empty();
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
