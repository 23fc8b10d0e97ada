package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sst archive}: a crate of cases written, checked, and refused when it should be. */
class ArchiveCommandTest {
  private static final Path CASES = Path.of("..", "examples", "cases");
  private static final Path TOUR = Path.of("..", "examples", "tour", "home-visits.yaml");

  @TempDir Path dir;

  private static List<String> examples() throws IOException {
    try (Stream<Path> files = Files.walk(CASES, 2)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().map(Path::toString).toList();
    }
  }

  private static SstRun archive(List<String> files, String... options) {
    List<String> args = new ArrayList<>(List.of("archive"));
    args.addAll(files);
    args.addAll(List.of(options));
    return SstRun.sst(args.toArray(String[]::new));
  }

  @Test
  void everyExampleCaseIsArchivedAndTheCratePassesItsCheck() throws IOException {
    List<String> files = examples();
    assertEquals(9, files.size());
    Path zip = dir.resolve("study.zip");
    SstRun run = archive(files, "--date", "2026-01-15", "-o", zip.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("crate of 9 cases written"), run.err());
    assertTrue(run.err().contains("no --license given"), run.err());
    try (ZipFile z = new ZipFile(zip.toFile())) {
      assertTrue(z.getEntry("texts-left-out.txt") != null, "the papers' texts are named, not included");
      String note = new String(z.getInputStream(z.getEntry("texts-left-out.txt")).readAllBytes(),
          StandardCharsets.UTF_8);
      assertTrue(note.contains("002_7060f6f416e12efd.txt: its licence is not known to sst"), note);
    }
    SstRun check = SstRun.sst("archive", "--check", zip.toString());
    assertEquals(0, check.exitCode(), check.err());
    assertTrue(check.out().contains(": valid crate: ") && check.out().contains("9 cases valid"), check.out());

    // The same input again (one case, to be quick; every example is tried in sst-archive): the same bytes.
    Path once = dir.resolve("once.zip");
    Path again = dir.resolve("again.zip");
    assertEquals(0, archive(List.of(TOUR.toString()), "--date", "2026-01-15", "-o", once.toString()).exitCode());
    assertEquals(0, archive(List.of(TOUR.toString()), "--date", "2026-01-15", "-o", again.toString()).exitCode());
    assertArrayEquals(Files.readAllBytes(once), Files.readAllBytes(again));
  }

  @Test
  void aChangedByteIsCaughtWithTheFileNamedAndExitOne() throws IOException {
    Path crate = dir.resolve("crate");
    SstRun run = archive(List.of(TOUR.toString()), "--date", "2026-01-15", "--dir", crate.toString());
    assertEquals(0, run.exitCode(), run.err());
    Path turtle = crate.resolve("rdf/home-visits.ttl");
    Files.writeString(turtle, Files.readString(turtle).replace("District nurse", "District nursE"));
    SstRun check = SstRun.sst("archive", "--check", crate.toString());
    assertEquals(1, check.exitCode());
    assertTrue(check.err().contains(crate + "/rdf/home-visits.ttl: its SHA-256 is "), check.err());
    assertTrue(check.err().contains(crate + ": not valid: 1 problem"), check.err());
  }

  @Test
  void textsGoInOnlyWhenAskedFor() throws IOException {
    Path without = dir.resolve("without");
    assertEquals(0, archive(List.of(TOUR.toString()), "--date", "2026-01-15", "--dir", without.toString())
        .exitCode());
    assertFalse(Files.exists(without.resolve("texts")));
    assertTrue(Files.readString(without.resolve("texts-left-out.txt")).contains("transcripts/int-07.txt"));
    Path with = dir.resolve("with");
    SstRun run = archive(List.of(TOUR.toString()), "--date", "2026-01-15", "--include-texts", "--license",
        "https://creativecommons.org/licenses/by/4.0/", "--dir", with.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(Files.readString(TOUR.resolveSibling("transcripts/int-07.txt")).replace("\uFEFF", ""),
        Files.readString(with.resolve("texts/transcripts/int-07.txt")));
    assertFalse(Files.exists(with.resolve("texts-left-out.txt")));
    assertTrue(Files.readString(with.resolve("ro-crate-metadata.json"))
        .contains("\"@id\": \"https://creativecommons.org/licenses/by/4.0/\""));
    assertEquals(0, SstRun.sst("archive", "--check", with.toString()).exitCode());
  }

  @Test
  void aCaseThatDoesNotValidateWritesNothing() throws IOException {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, Files.readString(TOUR).replace("agentInFocus: nurse", "agentInFocus: nobody"));
    Files.createDirectories(dir.resolve("transcripts"));
    Files.copy(TOUR.resolveSibling("transcripts/int-07.txt"), dir.resolve("transcripts/int-07.txt"));
    Path zip = dir.resolve("study.zip");
    SstRun run = archive(List.of(broken.toString()), "--date", "2026-01-15", "-o", zip.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains(broken.toString()) && run.err().contains("nobody"), run.err());
    assertTrue(run.err().strip().endsWith("nothing written"), run.err());
    assertFalse(Files.exists(zip));
  }

  @Test
  void theCasesOfAStoreAreArchivedAsCaseFilesWrittenBySst() throws IOException {
    Path store = dir.resolve("store");
    assertEquals(0, SstRun.sst("load", TOUR.toString(), "--store", store.toString()).exitCode());
    Path crate = dir.resolve("crate");
    SstRun run = SstRun.sst("archive", "--store", store.toString(), "--date", "2026-01-15", "--dir",
        crate.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.readString(crate.resolve("cases/home-visits.yaml")).contains("id: \"home-visits\""));
    assertTrue(Files.readString(crate.resolve("texts-left-out.txt")).contains("transcripts/int-07.txt"));
    assertEquals(0, SstRun.sst("archive", "--check", crate.toString()).exitCode());
  }

  @Test
  void aHostileZipIsRefused() throws IOException {
    Path zip = dir.resolve("hostile.zip");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("../../etc/cron.d/evil"));
      out.write("* * * * * root true\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    SstRun check = SstRun.sst("archive", "--check", zip.toString());
    assertEquals(1, check.exitCode());
    assertTrue(check.err().contains("entry '../../etc/cron.d/evil' has a name that is not a path inside the crate"),
        check.err());
  }

  @Test
  void theDateIsNeededAndTheOptionsAreChecked() {
    SstRun noDate = archive(List.of(TOUR.toString()), "-o", dir.resolve("x.zip").toString());
    assertEquals(2, noDate.exitCode());
    assertTrue(noDate.err().contains("give --date YYYY-MM-DD"), noDate.err());
    assertEquals(2, archive(List.of(TOUR.toString()), "--date", "15/01/2026", "-o", "x.zip").exitCode());
    assertEquals(2, archive(List.of(TOUR.toString()), "--date", "2026-01-15").exitCode(), "-o or --dir");
    assertEquals(2, archive(List.of(TOUR.toString()), "--date", "2026-01-15", "-o", "x.zip", "--license", "cc-by")
        .exitCode(), "a licence is a URL");
    assertEquals(2, SstRun.sst("archive", "--check", "x.zip", "-o", "y.zip").exitCode());
    assertFalse(Files.exists(Path.of("x.zip")));
  }

  @Test
  void theDateComesFromSourceDateEpochWhenNoneIsGiven() {
    ArchiveCommand command = new ArchiveCommand();
    command.spec = picocli.CommandLine.Model.CommandSpec.forAnnotatedObject(command);
    assertEquals(java.time.LocalDate.of(2026, 1, 15),
        command.published(java.util.Optional.of(Long.toString(java.time.LocalDate.of(2026, 1, 15)
            .atStartOfDay(java.time.ZoneOffset.UTC).toEpochSecond() + 3600))));
  }
}
