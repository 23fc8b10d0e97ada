package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.cli.SstRun.sst;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
  private static final List<String> NAMES = List.of("turtle", "trig", "ntriples", "nquads", "jsonld", "yaml", "json",
      "qdpx");

  @TempDir Path dir;

  private List<Path> folder() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  /** Whether this process runs as root, whom file permissions do not stop: the owner of its own /proc entry. */
  private static boolean runsAsRoot() throws IOException {
    return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0;
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
      // Each is RDF or a case file, but a QDA project, which is neither.
      assertTrue(f.rdf().isPresent() != f.caseFile().isPresent() || f == ExportFormat.QDPX, f.toString());
    }
    assertTrue(ExportFormat.TURTLE.holdsOneCase() && ExportFormat.NTRIPLES.holdsOneCase()
        && ExportFormat.JSON.holdsOneCase() && ExportFormat.QDPX.holdsOneCase());
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
    assertTrue(help.out().replaceAll("\\s+", " ").contains("One of: turtle, trig, ntriples, nquads, jsonld, yaml, json, qdpx."),
        help.out());
  }

  @Test
  void anUnknownFormatIsABadUsageListingTheFormats() {
    Path out = dir.resolve("x.xml");
    SstRun run = sst("export", REFERENCE_CASE.toString(), "-f", "rdfxml", "-o", out.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("'rdfxml'"), run.err());
    // picocli's own message, as for sst query -f: the constants, matched in any case
    assertTrue(run.err().contains("expected one of [TURTLE, TRIG, NTRIPLES, NQUADS, JSONLD, YAML, JSON, QDPX] "
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

  private static String turtle() {
    return RdfFiles.toTurtle(CaseFiles.read(REFERENCE_CASE));
  }

  private static Object fileKey(Path file) throws IOException {
    return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
  }

  @Test
  void aSymbolicLinkIsFollowedAndTheFileItLeadsToReplacedWhole() throws IOException {
    Path target = Files.writeString(dir.resolve("archive.ttl"), "old\n");
    Object before = fileKey(target);
    Path link = dir.resolve("link.ttl");
    Files.createSymbolicLink(link, target.getFileName());   // the project builds on Linux, where links always work
    SstRun run = sst("export", REFERENCE_CASE.toString(), "-f", "turtle", "-o", link.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(turtle(), Files.readString(target));
    assertNotEquals(before, fileKey(target), "a new file moved into place, as for any other file");
    assertEquals(List.of(target, link), folder());
  }

  @Test
  void aFifosReaderGetsTheWholeExport() throws Exception {
    Path fifo = dir.resolve("pipe.ttl");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(), "mkfifo (coreutils) failed");
    CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
      try (InputStream in = Files.newInputStream(fifo)) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    SstRun run = sst("export", REFERENCE_CASE.toString(), "-f", "turtle", "-o", fifo.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(turtle(), new String(read.get(60, TimeUnit.SECONDS), StandardCharsets.UTF_8));
    assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "the FIFO is still a FIFO");
    assertEquals(List.of(fifo), folder());
  }

  @Test
  void aNullDeviceStaysACharacterDevice() throws Exception {
    // As root a rename would replace /dev/null itself: prove it on a null device of our own (same major and minor
    // numbers). Without root, on /dev/null, which must still be written without an error.
    Path device = Path.of("/dev/null");
    if (runsAsRoot()) {
      device = dir.resolve("null");
      assertEquals(0, new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start().waitFor(),
          "mknod (coreutils) made no device");
    }
    SstRun run = sst("export", REFERENCE_CASE.toString(), "-f", "turtle", "-o", device.toString());
    assertEquals(0, run.exitCode(), run.err());
    int mode = (Integer) Files.getAttribute(device, "unix:mode", LinkOption.NOFOLLOW_LINKS);
    assertEquals(0020000, mode & 0170000, device + " is still a character device");
    if (device.startsWith(dir)) {
      assertEquals(List.of(device), folder(), "no temporary file beside the device");
    }
  }

  @Test
  void aFullDeviceIsExitOneWithTheReason() {
    SstRun run = sst("export", REFERENCE_CASE.toString(), "-f", "turtle", "-o", "/dev/full");
    assertEquals(1, run.exitCode(), run.err());
    assertEquals(List.of("/dev/full: cannot write: no space left on device; nothing written"), run.errLines());
  }

  @Test
  void aFolderOrAnUnwritablePlaceIsExitOneWithAPlainMessage() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("out.ttl"));
    SstRun intoFolder = sst("export", REFERENCE_CASE.toString(), "-f", "turtle", "-o", folder.toString());
    assertEquals(1, intoFolder.exitCode(), intoFolder.err());
    assertEquals(List.of(folder + ": cannot write: is a folder; nothing written"), intoFolder.errLines());
    assertTrue(Files.isDirectory(folder));

    // Without root, a folder without write permission; root writes anyway, so there a file stands where the path
    // needs a folder.
    Path out;
    String reason;
    if (runsAsRoot()) {
      Path notes = Files.writeString(dir.resolve("notes.txt"), "a file\n");
      out = notes.resolve("x.ttl");
      reason = notes + " is not a folder";
    } else {
      Path locked = Files.createDirectory(dir.resolve("locked"));
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
      out = locked.resolve("x.ttl");
      reason = "permission denied";
    }
    SstRun unwritable = sst("export", REFERENCE_CASE.toString(), "-f", "turtle", "-o", out.toString());
    assertEquals(1, unwritable.exitCode(), unwritable.err());
    assertEquals(List.of(out + ": cannot write: " + reason + "; nothing written"), unwritable.errLines());
    assertFalse(Files.exists(out));
  }

  @Test
  void anEmptyOutputNameIsABadUsage() throws IOException {
    SstRun run = sst("export", REFERENCE_CASE.toString(), "-f", "turtle", "-o", "");
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().startsWith("-o needs a file name (leave it out to write to standard output)"), run.err());
    assertEquals(List.of(), folder());
  }

  @Test
  void aTemporaryFileLeftByAKilledExportIsRemovedByTheNext() throws Exception {
    Process killed = new ProcessBuilder("true").start();
    killed.waitFor();   // gone: its temporary file is what 'kill -9' during 'export -o' leaves behind
    Path out = dir.resolve("archive.ttl");
    Path stale = Files.writeString(dir.resolve(".archive.ttl.sst-" + killed.pid() + "-7.tmp"), "half an archive");
    SstRun run = sst("export", REFERENCE_CASE.toString(), "-f", "turtle", "-o", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertFalse(Files.exists(stale));
    assertEquals(List.of(out), folder());
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
