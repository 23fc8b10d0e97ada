package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sst report}: the page it writes, and what it refuses. */
class ReportCommandTest {
  private static final Path REFERENCE_CASE = Path.of("..", "examples", "cases", "hughes-2022.yaml");

  @TempDir Path dir;

  private long filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }

  @Test
  void writesOnePageOfTheReferenceCase() throws IOException {
    Path page = dir.resolve("hughes-2022.html");
    SstRun run = SstRun.sst("report", REFERENCE_CASE.toString(), "-o", page.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("report of 1 case written (hughes-2022)"), run.err());
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("id=\"hughes-2022--cycle--fall-morning\""));
    assertEquals(1, filesIn(dir), "the page alone, no temporary file left");
  }

  @Test
  void theChainRunsBetweenTheEndsGiven() throws IOException {
    Path page = dir.resolve("chain.html");
    SstRun run = SstRun.sst("report", REFERENCE_CASE.toString(), "--case", "hughes-2022", "--from",
        "admission-avoidance-policy", "--to", "alf-at-home", "-o", page.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.readString(page).contains("hughes-2022--chain--1-0"));
  }

  @Test
  void anUnknownEndIsALocatedErrorWithADidYouMeanAndNothingIsWritten() throws IOException {
    Path page = dir.resolve("report.html");
    SstRun run = SstRun.sst("report", REFERENCE_CASE.toString(), "--from", "admission-avoidance-polcy", "--to",
        "alf-at-home", "-o", page.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains("did you mean 'admission-avoidance-policy'"), run.err());
    assertFalse(Files.exists(page));
  }

  @Test
  void anInvalidCaseWritesNothing() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, Files.readString(REFERENCE_CASE).replace("agentInFocus: alf\n", "agentInFocus: alfie\n"));
    Path page = dir.resolve("report.html");
    SstRun run = SstRun.sst("report", bad.toString(), "-o", page.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains("bad.yaml") && run.err().contains("alfie"), run.err());
    assertTrue(run.err().contains("nothing written"), run.err());
    assertFalse(Files.exists(page));
  }

  @Test
  void anUnknownCaseAndAMissingSourceAreRefused() throws IOException {
    Path page = dir.resolve("report.html");
    SstRun unknown = SstRun.sst("report", REFERENCE_CASE.toString(), "--case", "nope", "-o", page.toString());
    assertEquals(1, unknown.exitCode());
    assertTrue(unknown.err().contains("holds no case 'nope'"), unknown.err());
    SstRun none = SstRun.sst("report", "-o", page.toString());
    assertEquals(2, none.exitCode());
    assertTrue(none.err().contains("expected FILE..."), none.err());
    SstRun half = SstRun.sst("report", REFERENCE_CASE.toString(), "--from", "x", "-o", page.toString());
    assertEquals(2, half.exitCode());
    assertFalse(Files.exists(page));
  }
}
