package org.sstlib.archive;

import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * A crate as a folder: its regular files, found without following symbolic links. A symbolic link, a device or a
 * pipe inside it is refused, as is a file past the limits; files are read counting their bytes.
 */
final class FolderCrate implements CrateContent {
  private final String name;
  private final Path root;
  private final ImmutableSortedSet<String> files;
  private long totalRead;

  private FolderCrate(String name, Path root, ImmutableSortedSet<String> files) {
    this.name = name;
    this.root = root;
    this.files = files;
  }

  /**
   * Lists the folder's files.
   *
   * @throws CrateReadException if it holds a symbolic link or something other than files and folders, more than
   *     {@link #MAX_FILES} files, or cannot be read
   */
  static FolderCrate open(Path folder) {
    String name = folder.toString();
    List<String> found = new ArrayList<>();
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
          if (!dir.equals(folder) && attributes.isSymbolicLink()) {
            throw new CrateReadException(name + "/" + relative(folder, dir) + ": is a symbolic link, which a crate"
                + " never holds; not read");
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          String path = relative(folder, file);
          if (!attributes.isRegularFile()) {
            throw new CrateReadException(name + "/" + path + ": is " + (attributes.isSymbolicLink()
                ? "a symbolic link" : "not a regular file") + ", which a crate never holds; not read");
          }
          if (found.size() >= MAX_FILES) {
            throw new CrateReadException(name + ": holds more than the " + MAX_FILES + " files a crate may hold;"
                + " not read");
          }
          found.add(path);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new CrateReadException(name + ": cannot be read: " + e.getMessage());
    }
    return new FolderCrate(name, folder, ImmutableSortedSet.copyOf(found));
  }

  private static String relative(Path root, Path file) {
    List<String> parts = new ArrayList<>();
    root.relativize(file).forEach(part -> parts.add(part.toString()));
    return String.join("/", parts);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ImmutableSortedSet<String> files() {
    return files;
  }

  @Override
  public byte[] read(String path) {
    String what = name + "/" + path;
    if (!files.contains(path)) {
      throw new CrateReadException(what + ": no such file in the crate");
    }
    Path file = root.resolve(path);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new CrateReadException(what + ": is no longer a regular file; not read");
    }
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
      if (bytes.length > MAX_FILE_BYTES) {
        throw new CrateReadException(what + ": holds more than " + MAX_FILE_BYTES + " bytes, the most one file may"
            + " hold; not read");
      }
      totalRead += bytes.length;
      if (totalRead > MAX_TOTAL_BYTES) {
        throw new CrateReadException(name + ": its files hold more than " + MAX_TOTAL_BYTES + " bytes together,"
            + " the most a crate may hold; not read");
      }
      return bytes;
    } catch (IOException e) {
      throw new CrateReadException(what + ": cannot be read: " + e.getMessage());
    }
  }

  @Override
  public void close() {}
}
