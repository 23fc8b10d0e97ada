package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.cli.SstRun.sst;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.casefile.CaseFormat;
import org.sstlib.rdf.io.RdfFiles;
import org.sstlib.rdf.io.RdfFormat;
import picocli.CommandLine;

/** {@code sst export -f}: the formats it takes, and how it writes its file. */
class ExportCommandTest {
  private static final Path REFERENCE_CASE = Path.of("..", "examples", "cases", "hughes-2022.yaml");
  private static final List<String> NAMES = List.of("turtle", "trig", "ntriples", "nquads", "jsonld", "yaml", "json");

  @TempDir Path dir;

  private List<Path> folder() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  @Test
  void theFormatsAreTheEnumsNamesAsTyped() {
    List<String> names = new ArrayList<>();
    for (ExportFormat f : ExportFormat.values()) {
      names.add(f.toString());
    }
    assertEquals(NAMES, names);
    assertEquals(RdfFormat.JSONLD, ExportFormat.JSONLD.rdf().orElseThrow());
    assertEquals(CaseFormat.YAML, ExportFormat.YAML.caseFile().orElseThrow());
    for (ExportFormat f : ExportFormat.values()) {
      assertTrue(f.rdf().isPresent() != f.caseFile().isPresent(), f.toString());
    }
    assertTrue(ExportFormat.TURTLE.holdsOneCase() && ExportFormat.NTRIPLES.holdsOneCase()
        && ExportFormat.JSON.holdsOneCase());
    assertFalse(ExportFormat.TRIG.holdsOneCase() || ExportFormat.NQUADS.holdsOneCase()
        || ExportFormat.JSONLD.holdsOneCase());
  }

  @Test
  void completionAndHelpOfferEveryFormat() {
    CommandLine export = Main.commandLine().getSubcommands().get("export");
    List<String> candidates = new ArrayList<>();
    export.getCommandSpec().findOption("-f").completionCandidates().forEach(candidates::add);
    assertEquals(NAMES, candidates);
    SstRun help = sst("export", "--help");
    assertEquals(0, help.exitCode(), help.err());
    assertTrue(help.out().replaceAll("\\s+", " ").contains("One of: turtle, trig, ntriples, nquads, jsonld, yaml, json."),
        help.out());
  }

  @Test
  void anUnknownFormatIsABadUsageListingTheFormats() {
    Path out = dir.resolve("x.xml");
    SstRun run = sst("export", REFERENCE_CASE.toString(), "-f", "rdfxml", "-o", out.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("'rdfxml'"), run.err());
    // picocli's own message, as for sst query -f: the constants, matched in any case
    assertTrue(run.err().contains("expected one of [TURTLE, TRIG, NTRIPLES, NQUADS, JSONLD, YAML, JSON] "
        + "(case-insensitive)"), run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void formatsAreTakenInAnyCaseAsBefore() throws IOException {
    byte[] lower = null;
    for (String spelling : List.of("turtle", "TURTLE", "Turtle")) {
      Path out = dir.resolve(spelling + ".ttl");
      SstRun run = sst("export", REFERENCE_CASE.toString(), "-f", spelling, "-o", out.toString());
      assertEquals(0, run.exitCode(), spelling + ": " + run.err());
      assertTrue(run.err().contains("written as turtle"), run.err());
      byte[] bytes = Files.readAllBytes(out);
      if (lower == null) {
        lower = bytes;
      }
      assertArrayEquals(lower, bytes, spelling);
    }
    assertEquals(RdfFiles.toTurtle(CaseFiles.read(REFERENCE_CASE)), new String(lower,
        java.nio.charset.StandardCharsets.UTF_8));
    Path yaml = dir.resolve("case.yaml");
    assertEquals(0, sst("export", REFERENCE_CASE.toString(), "-f", "YAML", "-o", yaml.toString()).exitCode());
    assertEquals(CaseFiles.read(REFERENCE_CASE), CaseFiles.read(yaml));
  }

  @Test
  void aSymbolicLinkIsWrittenThroughNotReplaced() throws IOException {
    Path target = Files.writeString(dir.resolve("archive.ttl"), "old\n");
    Path link = dir.resolve("link.ttl");
    Files.createSymbolicLink(link, target.getFileName());   // the project builds on Linux, where links always work
    SstRun run = sst("export", REFERENCE_CASE.toString(), "-f", "turtle", "-o", link.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(RdfFiles.toTurtle(CaseFiles.read(REFERENCE_CASE)), Files.readString(target));
  }

  @Test
  void aCaseThatCannotBeWrittenLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    // The core accepts this base, but "http://example.org:" + "matron" puts letters in the port.
    Path broken = dir.resolve("port.yaml");
    Files.writeString(broken, Files.readString(REFERENCE_CASE).replaceFirst("(?m)^base: .*$",
        "base: \"http://example.org:\""));
    Path out = Files.writeString(dir.resolve("archive.ttl"), "old\n");
    SstRun run = sst("export", broken.toString(), "-f", "turtle", "-o", out.toString());
    assertNotEquals(0, run.exitCode());
    assertTrue(run.err().contains("http://example.org:"), run.err());
    assertEquals("old\n", Files.readString(out));
    assertEquals(List.of(out, broken), folder());
  }
}
