package org.sstlib.archive;

import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.sstlib.core.internal.HardenedZip;

/**
 * A crate as a zip, opened read-only and hardened against hostile archives by {@link HardenedZip}, the reader sst's
 * REFI-QDA import uses too: before any entry is read, the zip is refused if an entry's name escapes the crate or is
 * not a crate path ({@code ../}, an absolute path, a drive letter, a backslash), an entry is a symbolic link, a name
 * repeats, there are more than {@link #MAX_FILES} entries, or the sizes the entries declare pass the limits (a zip
 * bomb is refused even in an entry that would not be read). Entries are then read as streams whose bytes are
 * counted, since declared sizes may lie: a read stops as soon as a file passes {@link #MAX_FILE_BYTES}, all files
 * together pass {@link #MAX_TOTAL_BYTES}, or a file inflates more than {@link #MAX_RATIO} times its compressed size.
 * Nothing is written to disk.
 */
final class ZipCrate implements CrateContent {
  /** The most an entry may inflate relative to its compressed size, once past {@link #RATIO_FREE_BYTES}. */
  static final int MAX_RATIO = 100;
  /** How far an entry may inflate before {@link #MAX_RATIO} is checked (1 MiB): small regular files pass. */
  static final long RATIO_FREE_BYTES = 1L << 20;

  private static final HardenedZip.Limits LIMITS =
      new HardenedZip.Limits(MAX_FILES, MAX_FILE_BYTES, MAX_TOTAL_BYTES, MAX_RATIO, RATIO_FREE_BYTES);

  private final String name;
  private final HardenedZip zip;

  private ZipCrate(String name, HardenedZip zip) {
    this.name = name;
    this.zip = zip;
  }

  /**
   * Opens a zip.
   *
   * @throws CrateReadException if it is not a zip, or its central directory names a hostile entry or too many
   */
  static ZipCrate open(Path file) {
    String name = file.toString();
    try {
      return new ZipCrate(name, HardenedZip.open(file, LIMITS, "a crate", ZipCrate::nameProblem));
    } catch (HardenedZip.Refused e) {
      throw new CrateReadException(name + ": " + e.getMessage());
    }
  }

  @Override
  public String name() {
    return name;
  }

  /** The files of the crate: its entries but folders. */
  @Override
  public ImmutableSortedSet<String> files() {
    return zip.entryNames().stream().filter(e -> !e.endsWith("/"))
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  @Override
  public byte[] read(String path) {
    if (path.endsWith("/")) {
      throw new CrateReadException(name + "/" + path + ": no such file in the crate");
    }
    try {
      return zip.read(path);
    } catch (HardenedZip.Refused e) {
      // Named as the crate's other problems name a file: the zip, then the file's path in it.
      throw new CrateReadException(name + "/" + path + ": " + e.getMessage());
    }
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  /** Why an entry's name is not a path inside the crate (a folder's, without its final {@code /}), if it is not. */
  private static Optional<String> nameProblem(String entry) {
    String path = entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry;
    return CratePaths.problem(path).map(why -> "entry '" + entry + "' has a name that is not a path inside the"
        + " crate (" + why + "); not read");
  }
}
