package org.sstlib.qda;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.sstlib.core.Problem;

/** Reading an input file whole, refusing one larger than a limit before holding more of it than that. */
final class BoundedFiles {
  private BoundedFiles() {}

  /**
   * The file's bytes.
   *
   * @param what what the file is, for the messages ("the map file", "the spreadsheet")
   * @throws QdaFileException if it is missing, cannot be read or is larger than {@code maxBytes}
   */
  static byte[] read(Path file, int maxBytes, String what) {
    String name = file.toString();
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(maxBytes + 1);
    } catch (NoSuchFileException e) {
      throw single(name, "no such file");
    } catch (IOException e) {
      throw single(name, "cannot read " + what + ": " + e.getMessage());
    }
    if (bytes.length > maxBytes) {
      throw single(name, what + " is larger than " + maxBytes / (1024 * 1024) + " MiB");
    }
    return bytes;
  }

  /** A problem with a whole file, at no line. */
  static QdaFileException single(String name, String message) {
    return new QdaFileException(name, List.of(Problem.at(name, 0, 0, "", message)));
  }
}
