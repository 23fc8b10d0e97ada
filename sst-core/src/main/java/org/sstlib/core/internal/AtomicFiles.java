package org.sstlib.core.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file whole or not at all: the content goes to a temporary file in the same folder, which is then moved
 * into place with an atomic rename, so a reader never sees half a file and a failure leaves the old file as it was.
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("out/hughes-2022.yaml"), out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
 * }</pre>
 *
 * <p>Only a regular file, or a name where nothing is yet, is ever replaced:
 *
 * <ul>
 *   <li>a device ({@code /dev/null}) or a FIFO is written into, and stays what it was;
 *   <li>a symbolic link is followed, and the file it leads to is written as above (the link stays a link); a link
 *       the system keeps for an open file descriptor ({@code /dev/stdout}, {@code /dev/fd/1}) is written through
 *       as it stands, as other tools do, so that the content reaches whatever the descriptor is (a pipe, a
 *       terminal, a file);
 *   <li>a folder is refused.
 * </ul>
 *
 * <p>The temporary file is named after the file it becomes, {@code .NAME.sst-PID-RANDOM.tmp}: one left behind by
 * a process that was killed is recognised, and removed by the next write of the same file once that process has
 * gone (never while it runs; on a folder shared between machines, the process id is only checked on this one).
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

  /** The most symbolic links followed from one name, as Linux allows. */
  private static final int MAX_LINKS = 40;

  /** How much of a file's name its temporary file repeats: with the rest, well within 255 bytes. */
  private static final int STEM = 50;

  private AtomicFiles() {}

  /**
   * Writes a file (creating its folder if need be) with the content, replacing it only once the content is
   * complete. If the content throws, the file is left as it was and the temporary file is deleted. A device or a
   * FIFO is written into; a symbolic link is followed (see the class description).
   *
   * @throws IOException if the file, its folder or the temporary file cannot be written or moved, or the file is a
   *     folder; an unchecked exception thrown by the content passes through unchanged
   */
  public static void write(Path file, Content content) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(content, "content");
    Path target = followLinks(file);
    if (target == null) {
      writeInto(file, content);
      return;
    }
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileSystemException(file.toString(), null, "is a folder");
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      // A rename would replace the device or FIFO itself (even /dev/null when run as root).
      writeInto(target, content);
      return;
    }
    replace(target, content);
  }

  /** Writes the content into the file as it stands: a device, a FIFO, a descriptor's link. */
  private static void writeInto(Path file, Content content) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER)) {
      content.writeTo(out);
    }
  }

  /** Writes a temporary file beside {@code file}, then moves it into place. */
  private static void replace(Path file, Content content) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    String stem = stem(file.getFileName().toString());
    removeStale(dir, stem);
    Path tmp = Files.createTempFile(dir, "." + stem + ".sst-" + ProcessHandle.current().pid() + "-", ".tmp");
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

  /**
   * The path a chain of symbolic links leads to (the name itself when it is not a link), or null when a link is
   * one the system keeps for an open file descriptor, to be written through as it stands.
   */
  private static Path followLinks(Path file) throws IOException {
    Path p = file;
    for (int hops = 0; Files.isSymbolicLink(p); hops++) {
      if (hops == MAX_LINKS) {
        throw new FileSystemLoopException(file.toString());
      }
      if (isDescriptorLink(p)) {
        return null;
      }
      p = p.resolveSibling(Files.readSymbolicLink(p));
    }
    return p;
  }

  /** Whether the link is in {@code /proc}, where Linux shows each open descriptor as a link. */
  private static boolean isDescriptorLink(Path link) {
    Path dir = link.toAbsolutePath().getParent();
    try {
      return dir != null && "proc".equals(Files.getFileStore(dir).type());
    } catch (IOException e) {
      return false;
    }
  }

  /** The part of a file's name its temporary file repeats: whole code points, at most {@link #STEM}. */
  private static String stem(String name) {
    int end = name.offsetByCodePoints(0, Math.min(STEM, name.codePointCount(0, name.length())));
    return name.substring(0, end);
  }

  /**
   * Deletes the temporary files of the same file left by processes that have gone (killed during a write);
   * another live process's are left alone, and so is anything that cannot be deleted.
   */
  private static void removeStale(Path dir, String stem) {
    Pattern ours = Pattern.compile("\\." + Pattern.quote(stem) + "\\.sst-(\\d{1,18})-\\d+\\.tmp");
    long self = ProcessHandle.current().pid();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir,
        f -> ours.matcher(f.getFileName().toString()).matches())) {
      for (Path f : files) {
        Matcher m = ours.matcher(f.getFileName().toString());
        if (!m.matches()) {
          continue;
        }
        long pid = Long.parseLong(m.group(1));
        boolean running = pid == self || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (!running && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
          try {
            Files.deleteIfExists(f);
          } catch (IOException e) {
            // Someone else's file, or a read-only folder: left as it is.
          }
        }
      }
    } catch (IOException | DirectoryIteratorException | SecurityException e) {
      // Tidying is a courtesy: a folder that cannot be listed or a file that cannot be deleted stops nothing.
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
