package org.sstlib.core.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.Case;
import org.sstlib.core.Problem;

/** What a case file may be read from: regular files and pipes, counted as they are read; never devices. */
class CaseFileSourcesTest {

  private static Problem only(Path file) {
    CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFiles.read(file));
    assertEquals(1, e.problems().size(), e.getMessage());
    return e.problems().get(0);
  }

  private static Path fifo(Path dir, String name) throws IOException, InterruptedException {
    Path fifo = dir.resolve(name);
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertEquals(0, mkfifo.waitFor());
    return fifo;
  }

  /** Writes into the pipe from another thread, as a shell's {@code <(...)} would; a reader that stops early ends it. */
  private static CompletableFuture<Void> feed(Path fifo, byte[] chunk, long times) {
    return CompletableFuture.runAsync(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        for (long i = 0; i < times; i++) {
          out.write(chunk);
        }
      } catch (IOException e) {
        // The reader closed the pipe: what the test is about.
      }
    });
  }

  @Test
  void aYamlLinkToDevZeroIsRefusedAsADevice(@TempDir Path dir) throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("zero.yaml"), Path.of("/dev/zero"));
    Problem p = only(link);
    assertTrue(p.message().contains("is a device"), p.message());
  }

  @Test
  void aDeviceIsRefusedWhateverItsName() {
    Problem p = only(Path.of("/dev/null"));
    assertTrue(p.message().contains("is a device"), p.message());
  }

  @Test
  void aPipeIsReadWithTheSameCountedLimit(@TempDir Path dir) throws Exception {
    Path fifo = fifo(dir, "endless.yaml");
    CompletableFuture<Void> writer = feed(fifo, new byte[1 << 20], 70);
    Problem p = only(fifo);
    assertTrue(p.message().contains("larger than 64 MiB"), p.message());
    writer.join();
  }

  @Test
  void aPipeWithoutAnExtensionIsReadAsYamlOrJson(@TempDir Path dir) throws Exception {
    Path yaml = fifo(dir, "63");
    CompletableFuture<Void> writer = feed(yaml, CaseFilesTest.GOOD.getBytes(StandardCharsets.UTF_8), 1);
    Case c = CaseFiles.read(yaml);
    writer.join();
    assertEquals("erp-study", c.id());

    Path json = fifo(dir, "64");
    String text = CaseFiles.write(c, CaseFormat.JSON);
    writer = feed(json, text.getBytes(StandardCharsets.UTF_8), 1);
    assertEquals(c.id(), CaseFiles.read(json).id());
    writer.join();
  }

  @Test
  void aRegularFileWithoutAnExtensionIsStillRefused(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("case.txt"), CaseFilesTest.GOOD);
    assertTrue(only(file).message().contains("should end in .yaml"));
  }

  @Test
  void invalidUtf8IsLocatedByLineAndColumn() {
    // Line 3 is "title: ERP and management accounting"; a stray Latin-1 byte (0xE9) replaces its 8th character.
    byte[] bytes = CaseFilesTest.GOOD.replace("title: ERP", "title: \u0001RP").getBytes(StandardCharsets.UTF_8);
    int at = CaseFilesTest.GOOD.indexOf("title: ERP") + "title: ".length();
    bytes[at] = (byte) 0xE9;
    CaseFileException e = assertThrows(CaseFileException.class,
        () -> CaseFiles.read(bytes, CaseFormat.YAML, "case.yaml"));
    Problem p = e.problems().get(0);
    assertEquals(3, p.line(), p.toString());
    assertEquals(8, p.column(), p.toString());
  }

  @Test
  void invalidUtf8ColumnsCountCharactersNotBytes() {
    // "é" is two bytes; the bad byte after "aéé" is the 4th character of its line.
    byte[] bytes = {'a', (byte) 0xC3, (byte) 0xA9, (byte) 0xC3, (byte) 0xA9, (byte) 0xFF};
    CaseFileException e = assertThrows(CaseFileException.class,
        () -> CaseFiles.read(bytes, CaseFormat.YAML, "case.yaml"));
    assertEquals(4, e.problems().get(0).column());
  }

  @Test
  void aNulByteIsLocatedWhereItIs() {
    // A NUL cannot be kept in a YAML file with a comment, so the test writes it: line 14 is "    site: Finance
    // office"; the NUL replaces its 20th character.
    String[] lines = CaseFilesTest.GOOD.split("\n", -1);
    assertEquals("    site: Finance office", lines[13]);
    lines[13] = "    site: Finance o\u0000fice";
    String text = String.join("\n", lines);
    CaseFileException e = assertThrows(CaseFileException.class,
        () -> CaseFiles.read(text.getBytes(StandardCharsets.UTF_8), CaseFormat.YAML, "case.yaml"));
    Problem p = e.problems().get(0);
    assertEquals(14, p.line(), p.toString());
    assertEquals(20, p.column(), p.toString());
    assertTrue(p.message().contains("U+0000"), p.message());
    assertTrue(!p.toString().contains("\u0000"), p.toString());
  }
}
