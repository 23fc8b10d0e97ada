package org.sstlib.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** The repository's example cases, and crates made of them. */
final class ExampleCases {
  private ExampleCases() {}

  static final Path FOLDER = Path.of("..", "examples", "cases");
  static final Path REFERENCE = FOLDER.resolve("hughes-2022.yaml");
  static final Path TOUR = Path.of("..", "examples", "tour", "home-visits.yaml");
  static final LocalDate DATE = LocalDate.of(2026, 1, 15);

  /** Every example case file: examples/cases/*.yaml and examples/cases/*&#47;*.yaml, sorted. */
  static List<Path> all() {
    try (Stream<Path> files = Files.walk(FOLDER, 2)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A crate of the case files. */
  static StudyCrate crate(List<Path> caseFiles) {
    StudyCrate.Builder b = StudyCrate.builder("0.1.0-test", DATE);
    for (Path file : caseFiles) {
      try {
        b.caseFile(file.getFileName().toString(), Files.readAllBytes(file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return b.build();
  }
}
