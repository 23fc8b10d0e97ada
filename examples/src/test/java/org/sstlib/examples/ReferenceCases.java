package org.sstlib.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sstlib.core.Case;
import org.sstlib.core.casefile.CaseFiles;

/** Where the example case files live, for the tests of this module (run from the module directory). */
final class ReferenceCases {
  static final Path DIR = Path.of("cases");
  static final Path HUGHES = DIR.resolve("hughes-2022.yaml");

  private ReferenceCases() {}

  static Case hughes() {
    return CaseFiles.read(HUGHES);
  }

  static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
