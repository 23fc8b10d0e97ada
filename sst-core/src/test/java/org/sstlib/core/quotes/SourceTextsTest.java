package org.sstlib.core.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a source's text is read from, and which are refused, with what message. */
class SourceTextsTest {

  @TempDir
  Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  private SourceTextException refused(Path folder, String name) {
    SourceTextException e = assertThrows(SourceTextException.class, () -> SourceTexts.read(folder, name));
    assertFalse(e.isMissing(), e.getMessage());
    return e;
  }

  @Test
  void readsAUtf8TextInASubfolderWithoutItsByteOrderMark() throws IOException {
    write("transcripts/int-07.txt", "\uFEFFcaf\u00E9\nline two\f".getBytes(StandardCharsets.UTF_8));
    SourceText t = SourceTexts.read(dir, "transcripts/int-07.txt");
    assertEquals("caf\u00E9\nline two\f", t.text());
    assertEquals("transcripts/int-07.txt", t.name());
  }

  @Test
  void aMissingFileIsMissing() {
    SourceTextException e = assertThrows(SourceTextException.class, () -> SourceTexts.read(dir, "nope.txt"));
    assertTrue(e.isMissing());
    assertTrue(e.getMessage().contains("text 'nope.txt' is not found in"), e.getMessage());
  }

  @Test
  void aNameGoingUpIsRefused() throws IOException {
    write("inner/x.txt", "x".getBytes(StandardCharsets.UTF_8));
    assertTrue(refused(dir.resolve("inner"), "../inner/x.txt").getMessage().contains("'..'"));
    assertTrue(refused(dir, "/etc/passwd").getMessage().contains("absolute"));
    assertTrue(refused(dir, "https://example.org/x.txt").getMessage().contains("URL"));
  }

  @Test
  void aSymbolicLinkOutOfTheFolderIsRefused() throws IOException {
    Path outside = write("secret.txt", "secret".getBytes(StandardCharsets.UTF_8));
    Path folder = Files.createDirectories(dir.resolve("case"));
    Files.createSymbolicLink(folder.resolve("t.txt"), outside);
    assertTrue(refused(folder, "t.txt").getMessage().contains("symbolic link"));
    // A link on a folder on the way.
    Files.createSymbolicLink(folder.resolve("up"), dir);
    assertTrue(refused(folder, "up/secret.txt").getMessage().contains("leads out of the folder"));
  }

  @Test
  void aSymbolicLinkInsideTheFolderIsRead() throws IOException {
    Path target = write("case/real.txt", "words".getBytes(StandardCharsets.UTF_8));
    Files.createSymbolicLink(dir.resolve("case/alias.txt"), target);
    assertEquals("words", SourceTexts.read(dir.resolve("case"), "alias.txt").text());
  }

  @Test
  void aFolderIsRefused() throws IOException {
    Files.createDirectories(dir.resolve("texts"));
    assertTrue(refused(dir, "texts").getMessage().contains("is a folder"));
  }

  @Test
  void aBinaryFileIsRefused() throws IOException {
    write("scan.pdf", new byte[] {'%', 'P', 'D', 'F', '\n', 0, 1, 2});
    SourceTextException e = refused(dir, "scan.pdf");
    assertTrue(e.getMessage().contains("is binary"), e.getMessage());
    assertTrue(e.getMessage().contains("U+0000 at line 2"), e.getMessage());
  }

  @Test
  void invalidUtf8IsRefusedWithItsPlace() throws IOException {
    write("latin1.txt", "ok\ncaf\u00E9".getBytes(StandardCharsets.ISO_8859_1));
    SourceTextException e = refused(dir, "latin1.txt");
    assertTrue(e.getMessage().contains("not UTF-8 text"), e.getMessage());
    assertTrue(e.getMessage().contains("line 2, column 4"), e.getMessage());
  }

  @Test
  void aFileOver64MiBIsRefusedBeforeItIsRead() throws IOException {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(SourceTexts.MAX_BYTES + 1);   // sparse: nothing is written
    }
    SourceTextException e = refused(dir, "big.txt");
    assertTrue(e.getMessage().contains("texts are read up to 64 MiB"), e.getMessage());
  }
}
