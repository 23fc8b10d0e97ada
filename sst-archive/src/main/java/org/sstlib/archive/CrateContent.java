package org.sstlib.archive;

import com.google.common.collect.ImmutableSortedSet;
import java.io.Closeable;

/**
 * The files of a crate being checked, whether it is a zip or a folder: their paths, and their bytes read within
 * limits. Never writes anything.
 */
interface CrateContent extends Closeable {
  /** The most bytes one file may hold (256 MiB): more than any case file, report or text sst writes. */
  long MAX_FILE_BYTES = 256L << 20;
  /** The most bytes all files read from one crate may hold together (1 GiB). */
  long MAX_TOTAL_BYTES = 1L << 30;
  /** The most files a crate may hold: a crate of thousands of cases is large; more is not a crate. */
  int MAX_FILES = 20_000;

  /** The name of the crate, as messages give it. */
  String name();

  /** The paths of its files (folders left out), {@code /} between folders. */
  ImmutableSortedSet<String> files();

  /**
   * The bytes of one file.
   *
   * @throws CrateReadException if there is no such file, or it passes a limit
   */
  byte[] read(String path);
}
