package org.sstlib.core.casefile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** What a path names once links are followed: only regular files and pipes are read as case files. */
enum FileKind {
  REGULAR, DIRECTORY, PIPE, DEVICE, OTHER;

  /** The file type bits of a Unix mode, and the values for a FIFO and for character and block devices. */
  private static final int TYPE_MASK = 0170000;
  private static final int FIFO = 0010000;
  private static final int CHARACTER_DEVICE = 0020000;
  private static final int BLOCK_DEVICE = 0060000;

  /**
   * The kind of file the path names, following symbolic links.
   *
   * @throws java.nio.file.NoSuchFileException if there is nothing there
   */
  static FileKind of(Path path) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
    if (attributes.isRegularFile()) {
      return REGULAR;
    }
    if (attributes.isDirectory()) {
      return DIRECTORY;
    }
    int type;
    try {
      type = ((Integer) Files.getAttribute(path, "unix:mode")) & TYPE_MASK;
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      // No Unix attributes: nothing tells a pipe from a device, so neither is read.
      return OTHER;
    }
    return switch (type) {
      case FIFO -> PIPE;
      case CHARACTER_DEVICE, BLOCK_DEVICE -> DEVICE;
      default -> OTHER;
    };
  }
}
