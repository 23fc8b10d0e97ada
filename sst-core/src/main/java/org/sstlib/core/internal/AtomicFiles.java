package org.sstlib.core.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file whole or not at all: the content goes to a temporary file in the same folder, which is then moved
 * into place with an atomic rename, so a reader never sees half a file and a failure leaves the old file as it was.
 * Where the target exists and is not a regular file (a symbolic link such as {@code /dev/stdout}, a device such as
 * {@code /dev/null}, a FIFO), it is not replaced: the content is written straight into it.
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("out/hughes-2022.yaml"), out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
 * }</pre>
 *
 * <p>The file written is an ordinary one, readable by others ({@code rw-r--r--} on a POSIX file system), like any
 * other a researcher writes, so an archive can be shared. Stateless and thread-safe; two writers of the same file
 * at once leave one whole file or the other.
 */
public final class AtomicFiles {
  /** Writes the content of a file to a stream, which it must not close. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @throws IOException if the stream cannot be written
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /** The buffer between the content and the file. */
  private static final int BUFFER = 64 * 1024;

  private AtomicFiles() {}

  /**
   * Writes a file (creating its folder if need be) with the content, replacing it only once the content is
   * complete. If the content throws, the file is left as it was and the temporary file is deleted.
   *
   * @throws IOException if the file, its folder or the temporary file cannot be written or moved; an unchecked
   *     exception thrown by the content passes through unchanged
   */
  public static void write(Path file, Content content) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(content, "content");
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      // A rename would replace the link, device or FIFO itself (even /dev/null when run as root).
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER)) {
        content.writeTo(out);
      }
      return;
    }
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".sst-", ".tmp");
    try {
      readableByOthers(tmp);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), BUFFER)) {
        content.writeTo(out);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** A temporary file is private to its owner; the file it becomes is an ordinary one. */
  private static void readableByOthers(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: its defaults apply.
    }
  }
}
