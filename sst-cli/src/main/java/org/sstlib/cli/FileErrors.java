package org.sstlib.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Optional;
import org.sstlib.core.internal.Messages;

/**
 * What the operating system said when a file or a stream could not be read or written, in the plain words of a
 * problem line ("permission denied", "no space left on device"), without Java's exception names or the temporary
 * files sst writes through.
 */
final class FileErrors {
  private FileErrors() {}

  /** The reason {@code e} gives, in lower case and on one line. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "a directory that is not empty is in the way";
    }
    if (e instanceof FileAlreadyExistsException exists) {
      // Where a folder should be made (a file's parent), something that is not a folder stands.
      return exists.getFile() == null ? "something that is not a folder is in the way"
          : exists.getFile() + " is not a folder";
    }
    if (e instanceof FileSystemLoopException) {
      return "too many levels of symbolic links";
    }
    String text = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
    if (text == null || text.isBlank()) {
      return "input/output error";
    }
    text = Messages.firstLine(text.strip());
    // The operating system's words ("No space left on device"), lower-cased to read as the rest of a line.
    return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }

  /**
   * What to say when a file read or written through memory (as TDB2 stores are) failed: the JVM reports the
   * operating system's signal as an {@link InternalError}, which is the environment (a full disk, a file cut short
   * by another program), not a fault in sst.
   */
  static Optional<String> mappedFileFault(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof InternalError && c.getMessage() != null
          && c.getMessage().contains("fault occurred in a recent unsafe memory access operation")) {
        return Optional.of("cannot read or write a file of the store: the disk may be full, or another program"
            + " changed the file; nothing was changed (free some space and run the command again)");
      }
    }
    return Optional.empty();
  }

  /** The input or output error at the root of {@code t}, if its cause chain holds one. */
  static Optional<IOException> rootIn(Throwable t) {
    IOException found = null;
    int depth = 0;
    for (Throwable c = t; c != null && depth < 64; c = c.getCause(), depth++) {
      if (c instanceof IOException io) {
        found = io;
      } else if (c instanceof UncheckedIOException unchecked) {
        found = unchecked.getCause();
      }
    }
    return Optional.ofNullable(found);
  }
}
