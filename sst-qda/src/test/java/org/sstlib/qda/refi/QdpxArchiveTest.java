package org.sstlib.qda.refi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QdpxArchiveTest {
  @TempDir Path dir;

  private String refused(byte[] zip) throws Exception {
    return refused(zip, QdpxArchive.Limits.DEFAULT);
  }

  private String refused(byte[] zip, QdpxArchive.Limits limits) throws Exception {
    Path file = Zips.write(dir, "hostile.qdpx", zip);
    RefiQdaException e = assertThrows(RefiQdaException.class, () -> {
      try (QdpxArchive a = QdpxArchive.open(file, limits)) {
        for (String name : a.entryNames()) {
          a.read(name);
        }
      }
    });
    assertEquals(1, e.problems().size());
    assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "nothing written beside the archive");
    }
    return e.getMessage();
  }

  @Test
  void readsEntriesOfAnHonestArchive() throws Exception {
    Path file = Zips.write(dir, "p.qdpx", Zips.zip(Zips.entries("project.qde", "<Project/>",
        "sources/a.txt", "\uFEFFcaf\u00e9")));
    try (QdpxArchive a = QdpxArchive.open(file)) {
      assertEquals(2, a.entryNames().size());
      assertArrayEquals("<Project/>".getBytes(StandardCharsets.UTF_8), a.read("project.qde"));
      assertEquals("caf\u00e9", a.readText("sources/a.txt"), "UTF-8, byte-order mark dropped");
      assertTrue(assertThrows(RefiQdaException.class, () -> a.read("nope")).getMessage().contains("no entry"));
    }
  }

  @Test
  void refusesNamesThatEscape() throws Exception {
    for (String name : new String[] {"../evil.txt", "sources/../../evil.txt", "/etc/passwd", "..\\evil.txt",
        "sources\\..\\..\\evil.txt", "C:/Windows/evil.txt", "\\abs.txt"}) {
      String m = refused(Zips.zip(Zips.entries("project.qde", "<Project/>", name, "x")));
      assertTrue(m.contains("escapes the archive's folder"), m);
    }
  }

  @Test
  void refusesASymbolicLink() throws Exception {
    byte[] zip = org.sstlib.core.testing.ZipBytes.markSymlink(Zips.zip(Zips.entries("project.qde", "<Project/>", "sources/a.txt",
        "/etc/passwd")), "sources/a.txt");
    assertTrue(refused(zip).contains("entry 'sources/a.txt' is a symbolic link"));
  }

  @Test
  void refusesTooManyEntries() throws Exception {
    Map<String, byte[]> many = new LinkedHashMap<>();
    for (int i = 0; i < 11; i++) {
      many.put("sources/" + i + ".txt", new byte[0]);
    }
    String m = refused(Zips.zip(many), new QdpxArchive.Limits(10, 1 << 20, 1 << 20, 100, 1 << 10));
    assertTrue(m.contains("has 11 entries, more than the 10 a project exchange file may hold"), m);
  }

  @Test
  void refusesAZipBombWithTheDefaultLimits() throws Exception {
    byte[] zeros = new byte[64 << 20];
    byte[] bomb = Zips.zip(Map.of("project.qde", zeros));
    assertTrue(bomb.length < (1 << 20), "a bomb: " + bomb.length + " bytes compressed");
    String m = refused(bomb);
    assertTrue(m.contains("entry 'project.qde' declares 67108864 bytes") && m.contains("zip bomb"), m);
  }

  @Test
  void refusesABombWhoseDeclaredSizeLiesWhenItIsRead() throws Exception {
    byte[] bomb = Zips.zip(Map.of("project.qde", new byte[64 << 20]));
    // The central directory now says the entry inflates to 10 bytes: the bytes read are counted all the same.
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bomb).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    int cd = b.getInt(bomb.length - 22 + 16);
    b.putInt(cd + 24, 10);
    Path file = Zips.write(dir, "liar.qdpx", bomb);
    try (QdpxArchive archive = QdpxArchive.open(file)) {
      RefiQdaException e = assertThrows(RefiQdaException.class,
          () -> archive.read("project.qde"));
      assertTrue(e.getMessage().contains("inflates more than 100 times its compressed size")
          && e.getMessage().contains("zip bomb"), e.getMessage());
    }
  }

  @Test
  void refusesEntriesPastTheSizeLimitsWhateverTheyDeclare() throws Exception {
    QdpxArchive.Limits small = new QdpxArchive.Limits(100, 1000, 1500, 1_000_000, 1 << 20);
    byte[] one = Zips.zip(Map.of("sources/a.txt", new byte[1001]));
    assertTrue(refused(one, small).contains("entry 'sources/a.txt' declares 1001 bytes"));
    byte[] two = Zips.zip(Zips.entries("sources/a.txt", "x".repeat(900), "sources/b.txt", "y".repeat(900)));
    assertTrue(refused(two, small).contains("past the 1500 bytes all entries may hold together"));
    // Declared sizes that lie are caught as the entry is read.
    for (byte[] zip : List.of(one, two)) {
      java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(zip).order(java.nio.ByteOrder.LITTLE_ENDIAN);
      int entries = b.getShort(zip.length - 22 + 10);
      int p = b.getInt(zip.length - 22 + 16);
      for (int i = 0; i < entries; i++) {
        b.putInt(p + 24, 1);
        p += 46 + b.getShort(p + 28) + b.getShort(p + 30) + b.getShort(p + 32);
      }
    }
    Path liar = Zips.write(dir, "one.qdpx", one);
    try (QdpxArchive archive = QdpxArchive.open(liar, small)) {
      assertTrue(assertThrows(RefiQdaException.class,
          () -> archive.read("sources/a.txt")).getMessage().contains("inflates to more than 1000 bytes, the most one"
              + " entry may hold"));
    }
    Path liars = Zips.write(dir, "two.qdpx", two);
    try (QdpxArchive archive = QdpxArchive.open(liars, small)) {
      archive.read("sources/a.txt");
      assertTrue(assertThrows(RefiQdaException.class,
          () -> archive.read("sources/b.txt")).getMessage().contains("inflate to more than 1500 bytes together"));
    }
  }

  @Test
  void refusesACentralDirectoryThatHidesEntries() throws Exception {
    byte[] zip = Zips.zip(Zips.entries("project.qde", "<Project/>", "sources/a.txt", "a"));
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(zip).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    int eocd = zip.length - 22;
    b.putShort(eocd + 8, (short) 1);
    b.putShort(eocd + 10, (short) 1);
    assertTrue(refused(zip).contains("holds other than the 1 entries it declares"));
  }

  @Test
  void refusesWhatIsNoZip() throws Exception {
    assertTrue(refused("<Project/>".getBytes(StandardCharsets.UTF_8)).contains("is not a zip archive"));
  }
}
