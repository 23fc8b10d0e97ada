package org.sstlib.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private List<Path> folder(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  @Test
  void writesANewFileInANewFolderReadableByOthers() throws IOException {
    Path file = dir.resolve("a/b/case.yaml");
    AtomicFiles.write(file, out -> out.write(utf8("id: x\n")));
    assertEquals("id: x\n", Files.readString(file));
    assertEquals(List.of(file), folder(file.getParent()), "no temporary file is left behind");
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertTrue(Files.getPosixFilePermissions(file).contains(PosixFilePermission.OTHERS_READ));
    }
  }

  @Test
  void replacesAnExistingFileWhole() throws IOException {
    Path file = Files.writeString(dir.resolve("case.ttl"), "old text, longer than the new one\n");
    byte[] content = new byte[300_000];   // more than the buffer, so it is written in several pieces
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) ('a' + i % 26);
    }
    AtomicFiles.write(file, out -> {
      out.write(content, 0, 1000);
      out.write(content, 1000, content.length - 1000);
    });
    assertArrayEquals(content, Files.readAllBytes(file));
    assertEquals(List.of(file), folder(dir));
  }

  @Test
  void aFailingContentLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path file = Files.writeString(dir.resolve("case.ttl"), "old\n");
    IOException io = new IOException("disk full");
    assertSame(io, assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
      out.write(utf8("half of the new"));
      throw io;
    })));
    IllegalStateException unchecked = new IllegalStateException("a bad case");
    assertSame(unchecked, assertThrows(IllegalStateException.class, () -> AtomicFiles.write(file, out -> {
      out.write(utf8("half of the new"));
      throw unchecked;
    })));
    assertEquals("old\n", Files.readString(file));
    assertEquals(List.of(file), folder(dir));
    assertFalse(Files.exists(dir.resolve("new.ttl")));
  }

  @Test
  void aSymbolicLinkIsWrittenThroughNotReplaced() throws IOException {
    Path target = Files.writeString(dir.resolve("target.ttl"), "old\n");
    Path link = dir.resolve("link.ttl");
    Files.createSymbolicLink(link, target.getFileName());   // the project builds on Linux, where links always work
    AtomicFiles.write(link, out -> out.write(utf8("new\n")));
    assertTrue(Files.isSymbolicLink(link), "the link is still a link");
    assertEquals("new\n", Files.readString(target));
    assertEquals(List.of(link, target), folder(dir));
  }

  @Test
  void aFifoIsWrittenIntoNotReplaced() throws Exception {
    Path fifo = dir.resolve("pipe");
    boolean made;
    try {
      made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      made = false;
    }
    assertTrue(made, "mkfifo (coreutils) made no FIFO");
    CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
      try (InputStream in = Files.newInputStream(fifo)) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    AtomicFiles.write(fifo, out -> out.write(utf8("through the pipe\n")));
    assertEquals("through the pipe\n", new String(read.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8));
    assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "the FIFO is still a FIFO");
    assertEquals(List.of(fifo), folder(dir));
  }

  @Test
  void aFolderIsNotReplaced() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("out.ttl"));
    assertThrows(IOException.class, () -> AtomicFiles.write(folder, out -> out.write(utf8("x"))));
    assertTrue(Files.isDirectory(folder));
    assertEquals(List.of(folder), folder(dir));
  }
}
