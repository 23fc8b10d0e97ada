package org.sstlib.archive;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * The rules for a file's path inside a crate, applied when one is made and when one is read: relative, {@code /}
 * between folders, no empty, {@code .} or {@code ..} part, no backslash, colon or control character, so that the
 * path means the same on every system and never leads out of the crate. Stateless.
 */
final class CratePaths {
  private CratePaths() {}

  /** Why {@code path} is not a path a crate may hold, or empty if it is one. */
  static Optional<String> problem(String path) {
    if (path.isEmpty()) {
      return Optional.of("an empty name");
    }
    if (path.startsWith("/") || path.matches("(?s)^[A-Za-z]:.*")) {
      return Optional.of("an absolute path");
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\' || c == ':' || c < 0x20 || c == 0x7F) {
        return Optional.of("a backslash, a colon or a control character");
      }
    }
    for (String part : path.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        return Optional.of("an empty, '.' or '..' part");
      }
    }
    return Optional.empty();
  }

  /**
   * The path as a relative URI reference, for an {@code @id}: characters that a URI path may not hold as they are
   * (a space, {@code %}, {@code #}, {@code ?}, brackets, quotes...) percent-encoded as UTF-8; letters beyond ASCII
   * kept, as RO-Crate prefers.
   */
  static String toId(String path) {
    StringBuilder id = new StringBuilder();
    path.codePoints().forEach(c -> {
      if (c > 0x7F || Character.isLetterOrDigit(c) || "-._~/!$&'()*+,;=@".indexOf(c) >= 0) {
        id.appendCodePoint(c);
      } else {
        for (byte b : new String(Character.toChars(c)).getBytes(UTF_8)) {
          id.append('%').append(String.format("%02X", b & 0xFF));
        }
      }
    });
    return id.toString();
  }

  /** The path an {@code @id} written by {@link #toId} names, or empty if it is not one (bad percent-encoding). */
  static Optional<String> fromId(String id) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < id.length(); ) {
      char c = id.charAt(i);
      if (c == '%') {
        if (i + 2 >= id.length()) {
          return Optional.empty();
        }
        try {
          bytes.write(Integer.parseInt(id.substring(i + 1, i + 3), 16));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
        i += 3;
      } else {
        int cp = id.codePointAt(i);
        byte[] utf8 = new String(Character.toChars(cp)).getBytes(UTF_8);
        bytes.write(utf8, 0, utf8.length);
        i += Character.charCount(cp);
      }
    }
    return Optional.of(bytes.toString(UTF_8));
  }
}
