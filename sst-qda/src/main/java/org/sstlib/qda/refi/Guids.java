package org.sstlib.qda.refi;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * GUIDs made from names, so that the same case exports to the same project: a name-based UUID (RFC 4122 version 3)
 * of what the GUID is for and its key, in the upper-case form REFI-QDA tools write.
 */
final class Guids {
  private Guids() {}

  /** The GUID of a thing of a kind ({@code "code"}, {@code "selection"}, ...) with a key unique among its kind. */
  static String of(String kind, String key) {
    return UUID.nameUUIDFromBytes(("sst:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString()
        .toUpperCase(Locale.ROOT);
  }
}
