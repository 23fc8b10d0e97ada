package org.sstlib.qda;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Ids made from names and keys, the same every time for the same input. */
final class Slugs {
  /** How many hex digits of a key's digest an evidence id keeps: 48 bits, no clash in any real project. */
  private static final int DIGEST_CHARS = 12;

  private Slugs() {}

  /**
   * An id from a name: letters without their accents, in lower case, every other run of characters one '-'
   * ({@code "Interview 3.txt"} is {@code interview-3-txt}); {@code fallback} when nothing is left.
   */
  static String of(String name, String fallback) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
    String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? fallback : slug;
  }

  /** A source's id from its name: its extension left out when it has one ({@code interview-3}). */
  static String ofSourceName(String name) {
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 && name.length() - dot <= 6 && name.substring(dot + 1).matches("[A-Za-z0-9]+")
        ? name.substring(0, dot) : name;
    return of(stem, "source");
  }

  /** The first hex digits of the SHA-256 digest of the key. */
  static String digest(String key) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, DIGEST_CHARS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
