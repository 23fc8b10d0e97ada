package org.sstlib.qda.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.core.testing.FuzzInputs.describe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sstlib.core.Problem;
import org.sstlib.core.SstException;

/** What the readers' fuzz tests check of a refusal, and how they describe an input and list their corpus. */
public final class FuzzChecks {
  private FuzzChecks() {}

  /**
   * A refusal is located: it has problems, each naming {@code file} (or, when {@code file} ends in {@code !}, a file
   * inside it), with a message and a line and column that are not negative.
   */
  public static void checkLocated(SstException e, String file, String what, byte[] input) {
    String where = what + " " + describe(input) + ": ";
    assertFalse(e.problems().isEmpty(), () -> where + "refused without problems: " + e.getMessage());
    for (Problem p : e.problems()) {
      Optional<String> named = p.file();
      assertTrue(named.isPresent() && (file.endsWith("!") ? named.get().startsWith(file) || named.get().equals(
          file.substring(0, file.length() - 1)) : named.get().equals(file)), () -> where + "wrong file in " + p);
      assertFalse(p.message().isBlank(), () -> where + "a problem without a message: " + p);
      assertTrue(p.line() >= 0 && p.column() >= 0, () -> where + "a negative line or column: " + p);
    }
  }

  /** The failure for anything else that escaped a reader: a bug of the reader. */
  public static AssertionError escaped(String what, byte[] input, Throwable e) {
    return new AssertionError(what + " " + describe(input) + " threw " + e + " instead of a result or a located"
        + " refusal", e);
  }

  /** The files of a committed corpus directory, sorted, checked to be at least {@code least}. */
  public static List<Path> corpus(Class<?> test, String directory, int least) {
    URL dir = test.getResource(directory);
    assertNotNull(dir, "corpus directory " + directory + " is not on the test class path");
    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
      List<Path> seeds = files.sorted().toList();
      assertTrue(seeds.size() >= least, directory + " has only " + seeds.size() + " seeds");
      assertEquals(seeds.size(), seeds.stream().filter(Files::isRegularFile).count());
      return seeds;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
