package org.sstlib.rdf.store;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A private, temporary copy of a TDB2 store that cannot be written, so that it can be read all the same.
 *
 * <p>Why: TDB2 writes even to read. Opening a database takes a lock file ({@code tdb.lock}) and opens every data
 * file for writing, and Jena has no read-only mode for TDB2, so an archived store on a read-only medium, in a
 * directory the user cannot write, or with read-only files cannot be opened where it is. Its copy can: it is made
 * under the system's temporary directory (without the lock files, which belong to the original's processes),
 * read, and deleted when the store is closed. Nothing is ever written to the original.
 *
 * <p>TDB2's data files are sparse (an 8 MiB file may hold a few KiB), so the copy skips blocks of zeros instead of
 * writing them: it takes the disk space the original takes, not its apparent size.
 */
final class Tdb2ReadOnlyCopy {

  private static final int BLOCK = 64 * 1024;
  private static final String LOCK_FILE = "tdb.lock";

  private Tdb2ReadOnlyCopy() {}

  /**
   * Whether {@code store} can be opened where it is: the directory, its subdirectories and every file in them can
   * be written by this process. It asks the system ({@code access(2)}), so a read-only medium counts as
   * unwritable even for the superuser, and permissions count only for those they stop.
   */
  static boolean isWritable(Path store) {
    try (Stream<Path> files = Files.walk(store)) {
      return files.allMatch(Files::isWritable);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Copies the store in {@code source} into a new temporary directory and returns it.
   *
   * @throws StoreException if the copy cannot be made; whatever was copied is deleted
   */
  static Path copy(Path source) {
    checkNotNull(source, "source");
    Path target;
    try {
      target = Files.createTempDirectory("sst-read-only-" + source.getFileName() + "-");
    } catch (IOException e) {
      throw failure(source, e);
    }
    try (Stream<Path> walk = Files.walk(source)) {
      List<Path> paths = new ArrayList<>(walk.toList());
      for (Path from : paths) {
        Path to = target.resolve(source.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else if (Files.isRegularFile(from) && !from.getFileName().toString().equals(LOCK_FILE)) {
          copySparse(from, to);
        }
      }
      return target;
    } catch (IOException | RuntimeException e) {
      delete(target);
      throw failure(source, e);
    }
  }

  /** Deletes a copy made by {@link #copy}; a failure is left for the system's cleaning of temporary files. */
  static void delete(Path copy) {
    if (!Files.exists(copy)) {
      return;
    }
    try (Stream<Path> files = Files.walk(copy)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | RuntimeException e) {
      // A temporary directory: the system removes it in time.
    }
  }

  /** Copies a file, leaving holes where the source has whole blocks of zeros. */
  private static void copySparse(Path from, Path to) throws IOException {
    try (InputStream in = Files.newInputStream(from);
        FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      byte[] block = new byte[BLOCK];
      long position = 0;
      int n;
      while ((n = in.readNBytes(block, 0, BLOCK)) > 0) {
        if (!allZero(block, n)) {
          ByteBuffer buffer = ByteBuffer.wrap(block, 0, n);
          while (buffer.hasRemaining()) {
            out.write(buffer, position + buffer.position());
          }
        }
        position += n;
      }
      if (out.size() < position) {
        // Trailing zeros: write the last byte, so that the file has its full length (the rest stays a hole).
        out.write(ByteBuffer.wrap(new byte[1]), position - 1);
      }
    }
  }

  private static boolean allZero(byte[] block, int length) {
    for (int i = 0; i < length; i++) {
      if (block[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static StoreException failure(Path source, Exception e) {
    return new StoreException("the store " + source + " cannot be written (a read-only directory, files or "
        + "medium), and TDB2 writes even to read, so sst reads a temporary copy of it; that copy could not be made: "
        + e.getMessage() + ". The store itself is untouched: copy it to a directory you can write and give that "
        + "directory instead", e);
  }
}
