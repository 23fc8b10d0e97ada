package org.sstlib.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a crate's files as a zip or into a folder, the same bytes for the same files: zip entries in path order,
 * every one stamped with the same time (the crate's date at midnight, written as the zip's plain local date and
 * time, so no time zone enters), no comments, no extra fields, one compression level. Stateless.
 */
final class CrateWriting {
  private CrateWriting() {}

  /** The earliest time a zip's date field can hold. */
  private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

  /** Writes the files, in the order given (path order), as a zip to {@code out}; does not close it. */
  static void zip(List<CrateFile> files, LocalDate date, OutputStream out) throws IOException {
    LocalDateTime stamp = date.atStartOfDay().isBefore(ZIP_EPOCH) ? ZIP_EPOCH : date.atStartOfDay();
    // Closing the zip ends its deflater and writes the central directory; the caller's stream stays open.
    try (ZipOutputStream zip = new ZipOutputStream(new NonClosing(out))) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      for (CrateFile file : files) {
        ZipEntry entry = new ZipEntry(file.path());
        entry.setMethod(ZipEntry.DEFLATED);
        // setTimeLocal writes the plain date and time fields and no extended timestamp: the same bytes in any zone.
        entry.setTimeLocal(stamp);
        zip.putNextEntry(entry);
        zip.write(file.bytes());
        zip.closeEntry();
      }
    }
  }

  /**
   * Writes the files into a new folder {@code dir}, whole or not at all: into a hidden folder beside it first, which
   * is then moved into place. {@code dir} must not exist, or be an empty folder.
   *
   * @throws IOException if {@code dir} is a file or a folder that is not empty, or the files cannot be written
   */
  static void directory(List<CrateFile> files, Path dir) throws IOException {
    Path target = dir.toAbsolutePath().normalize();
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new FileAlreadyExistsException(dir.toString(), null, "is not a folder");
      }
      try (var entries = Files.list(target)) {
        if (entries.findAny().isPresent()) {
          throw new DirectoryNotEmptyException(dir + " (a crate is written into a new or empty folder)");
        }
      }
    }
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path temporary = parent.resolve("." + target.getFileName() + ".sst-" + UUID.randomUUID() + ".tmp");
    try {
      Files.createDirectory(temporary);
      for (CrateFile file : files) {
        Path path = temporary.resolve(file.path());
        Files.createDirectories(path.getParent());
        Files.write(path, file.bytes());
      }
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        Files.delete(target);   // empty, as checked
      }
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      if (Files.exists(temporary, LinkOption.NOFOLLOW_LINKS)) {
        deleteTree(temporary);
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
        Files.delete(folder);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** Keeps the zip stream's close from closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
