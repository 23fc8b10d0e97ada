package org.sstlib.archive;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.Hashing;

/**
 * One file of a crate: where it lies in the crate ({@code cases/hughes-2022.yaml}), its bytes, its media type, and
 * the name and description the metadata gives it. Immutable: the bytes are the caller's no longer.
 */
final class CrateFile {
  private final String path;
  private final byte[] bytes;
  private final String mediaType;
  private final String name;
  private final String description;

  CrateFile(String path, byte[] bytes, String mediaType, String name, String description) {
    this.path = checkNotNull(path, "path");
    checkArgument(CratePaths.problem(path).isEmpty(), "not a path in a crate: %s", path);
    this.bytes = checkNotNull(bytes, "bytes").clone();
    this.mediaType = checkNotNull(mediaType, "mediaType");
    this.name = checkNotNull(name, "name");
    this.description = checkNotNull(description, "description");
  }

  String path() {
    return path;
  }

  /** The bytes themselves, not a copy: callers in this package only read them. */
  byte[] bytes() {
    return bytes;
  }

  String mediaType() {
    return mediaType;
  }

  String name() {
    return name;
  }

  String description() {
    return description;
  }

  /** The SHA-256 of the bytes, in lower-case hexadecimal. */
  String sha256() {
    return sha256(bytes);
  }

  static String sha256(byte[] bytes) {
    return Hashing.sha256().hashBytes(bytes).toString();
  }
}
