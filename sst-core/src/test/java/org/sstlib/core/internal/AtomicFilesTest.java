package org.sstlib.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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

  /** Whether this process runs as root, whom file permissions do not stop: the owner of its own /proc entry. */
  private static boolean runsAsRoot() throws IOException {
    return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0;
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
  void aSymbolicLinkIsFollowedAndTheFileItLeadsToReplacedWhole() throws IOException {
    Path target = Files.writeString(dir.resolve("target.ttl"), "old\n");
    Object before = fileKey(target);
    Path link = dir.resolve("link.ttl");
    Files.createSymbolicLink(link, target.getFileName());   // the project builds on Linux, where links always work
    AtomicFiles.write(link, out -> out.write(utf8("new\n")));
    assertTrue(Files.isSymbolicLink(link), "the link is still a link");
    assertEquals(target.getFileName(), Files.readSymbolicLink(link));
    assertEquals("new\n", Files.readString(target));
    // A new file moved into place, not the old one overwritten: a reader never sees half of it.
    assertNotEquals(before, fileKey(target));
    assertEquals(List.of(link, target), folder(dir));
  }

  @Test
  void aChainOfLinksIsFollowedAndADanglingOneCreatesItsFile() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Path first = dir.resolve("first.ttl");
    Files.createSymbolicLink(sub.resolve("second.ttl"), Path.of("..", "made.ttl"));
    Files.createSymbolicLink(first, Path.of("sub", "second.ttl"));
    AtomicFiles.write(first, out -> out.write(utf8("made\n")));
    assertEquals("made\n", Files.readString(dir.resolve("made.ttl")));
    assertTrue(Files.isSymbolicLink(first) && Files.isSymbolicLink(sub.resolve("second.ttl")));
    assertEquals(List.of(first, dir.resolve("made.ttl"), sub), folder(dir));
  }

  @Test
  void aLoopOfLinksIsRefused() throws IOException {
    Path a = dir.resolve("a.ttl");
    Files.createSymbolicLink(a, Path.of("b.ttl"));
    Files.createSymbolicLink(dir.resolve("b.ttl"), Path.of("a.ttl"));
    assertThrows(java.nio.file.FileSystemLoopException.class, () -> AtomicFiles.write(a, out -> out.write(1)));
    assertTrue(Files.isSymbolicLink(a));
  }

  @Test
  void aDescriptorsLinkIsWrittenThroughNotFollowed() throws IOException {
    // /dev/stdout is such a link: /proc/self/fd/1. A file held open here shows as /proc/self/fd/N -> the file.
    Path file = Files.writeString(dir.resolve("held.ttl"), "old\n");
    Object before = fileKey(file);
    try (var held = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ)) {
      Path descriptor = null;
      try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
        for (Path fd : fds.toList()) {
          try {
            if (Files.readSymbolicLink(fd).equals(file.toRealPath())) {
              descriptor = fd;
            }
          } catch (IOException e) {
            // a descriptor closed meanwhile (the listing's own)
          }
        }
      }
      assertTrue(descriptor != null, "no descriptor of the open file in /proc/self/fd");
      AtomicFiles.write(descriptor, out -> out.write(utf8("through the descriptor\n")));
    }
    assertEquals("through the descriptor\n", Files.readString(file));
    assertEquals(before, fileKey(file), "the same file, written into");
    assertEquals(List.of(file), folder(dir));
  }

  @Test
  void aCharacterDeviceStaysADevice() throws Exception {
    // As root a rename would replace a device: try it on a null device of our own, not the system's /dev/null.
    // Otherwise /dev/null itself, which a rename could not replace without root but must still be written.
    Path device = Path.of("/dev/null");
    if (runsAsRoot()) {
      device = dir.resolve("null");
      assertEquals(0, new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start().waitFor(),
          "mknod (coreutils) made no device");
    }
    assertTrue(isCharacterDevice(device));
    AtomicFiles.write(device, out -> out.write(utf8("into the device\n")));
    assertTrue(isCharacterDevice(device), device + " is still a character device");
    if (device.startsWith(dir)) {
      assertEquals(List.of(device), folder(dir));
    }
  }

  @Test
  void theTemporaryFileIsNamedAfterItsFileAndThisProcess() throws IOException {
    Path file = dir.resolve("case.ttl");
    List<String> during = new java.util.ArrayList<>();
    AtomicFiles.write(file, out -> folder(dir).forEach(p -> during.add(p.getFileName().toString())));
    assertEquals(1, during.size(), during.toString());
    assertTrue(during.get(0).matches("\\.case\\.ttl\\.sst-" + ProcessHandle.current().pid() + "-\\d+\\.tmp"),
        during.get(0));
    assertEquals(List.of(file), folder(dir));
  }

  @Test
  void staleTemporaryFilesOfTheSameFileAreRemovedButNotALiveProcesssOrAnotherFiles() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    long deadPid = gone.pid();
    Process live = new ProcessBuilder("sleep", "600").start();
    try {
      Path stale = Files.writeString(dir.resolve(".case.ttl.sst-" + deadPid + "-42.tmp"), "half");
      Path running = Files.writeString(dir.resolve(".case.ttl.sst-" + live.pid() + "-43.tmp"), "half");
      Path other = Files.writeString(dir.resolve(".other.ttl.sst-" + deadPid + "-44.tmp"), "half");
      Path unlike = Files.writeString(dir.resolve(".case.ttl.sst-notapid-45.tmp"), "half");
      Path file = dir.resolve("case.ttl");
      AtomicFiles.write(file, out -> out.write(utf8("whole\n")));
      assertFalse(Files.exists(stale), "the temporary file of a process that has gone is removed");
      assertEquals(List.of(running, unlike, other, file), folder(dir));
    } finally {
      live.destroyForcibly().waitFor();
    }
  }

  private static Object fileKey(Path file) throws IOException {
    return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
  }

  private static boolean isCharacterDevice(Path path) throws IOException {
    int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
    return (mode & 0170000) == 0020000;
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
