package org.sstlib.rdf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.Case;

/**
 * {@link SstStore#tdb2ReadOnly(Path)}: what only reads never makes a store of a missing or empty directory, never
 * writes, and reads an archived store that cannot be written.
 */
class Tdb2ReadOnlyTest {

  private static final Set<PosixFilePermission> READ_ONLY_DIRECTORY = Set.of(PosixFilePermission.OWNER_READ,
      PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE);
  private static final Set<PosixFilePermission> READ_ONLY_FILE =
      Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.GROUP_READ);
  private static final Set<PosixFilePermission> WRITABLE_DIRECTORY = Set.of(PosixFilePermission.OWNER_READ,
      PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
  private static final Set<PosixFilePermission> WRITABLE_FILE =
      Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  @TempDir
  Path tempDir;

  @Test
  void aMissingOrEmptyDirectoryIsRefusedAndNotMadeAStore() throws IOException {
    Path missing = tempDir.resolve("missing");
    StoreException none = assertThrows(StoreException.class, () -> SstStore.tdb2ReadOnly(missing));
    assertEquals("there is no store at " + missing + ": the directory does not exist (a store is made by loading "
        + "cases into it: sst load FILE --store DIR)", none.getMessage());
    assertFalse(Files.exists(missing));

    Path empty = Files.createDirectory(tempDir.resolve("empty"));
    StoreException nothing = assertThrows(StoreException.class, () -> SstStore.tdb2ReadOnly(empty));
    assertEquals("there is no store at " + empty + ": the directory is empty, and was left so (a store is made by "
        + "loading cases into it: sst load FILE --store DIR)", nothing.getMessage());
    try (Stream<Path> entries = Files.list(empty)) {
      assertEquals(List.of(), entries.toList());
    }
    try (Stream<Path> siblings = Files.list(tempDir)) {
      assertEquals(List.of(empty), siblings.toList(), "no temporary store was made beside it either");
    }
  }

  @Test
  void aStoreOpenedReadOnlyIsReadAndRefusesEveryWrite() {
    Path dir = storeWithReference("store");
    Case reference = StoreCases.reference();
    try (SstStore store = SstStore.tdb2ReadOnly(dir)) {
      assertEquals(List.of(reference.id()), store.caseIds());
      assertEquals(Optional.of(reference), store.get(reference.id()));
      for (Runnable write : List.<Runnable>of(() -> store.put(StoreCases.minimal("a", "a")),
          () -> store.putAll(List.of(StoreCases.minimal("b", "b"))), () -> store.remove(reference.id()))) {
        StoreException e = assertThrows(StoreException.class, write::run);
        assertEquals("the TDB2 store " + dir + " (read-only) was opened read-only, so it cannot be changed; nothing "
            + "was changed", e.getMessage());
      }
      assertEquals(List.of(reference.id()), store.caseIds());
    }
  }

  @Test
  void anArchivedStoreThatCannotBeWrittenIsReadAndLeftUntouched() throws Exception {
    Path dir = storeWithReference("archive");
    Case reference = StoreCases.reference();
    Map<String, String> before = contents(dir);
    Set<Path> copiesBefore = temporaryCopies();
    setPermissions(dir, READ_ONLY_DIRECTORY, READ_ONLY_FILE);
    try {
      if (Files.isWritable(dir)) {
        // Permissions do not stop this process (it runs as the superuser): the store is writable for it, so it is
        // opened where it is. The copy that an unwritable store gets is tried on its own below.
        assertTrue(Tdb2ReadOnlyCopy.isWritable(dir));
        try (SstStore store = SstStore.tdb2ReadOnly(dir)) {
          assertEquals(List.of(reference.id()), store.caseIds());
          assertFalse(store.toString().contains("copy"), store.toString());
        }
        before = contents(dir);
        try (SstStore copy = LocalStore.fromCopy(dir)) {
          assertEquals(Optional.of(reference), copy.get(reference.id()));
        }
      } else {
        assertFalse(Tdb2ReadOnlyCopy.isWritable(dir));
        try (SstStore store = SstStore.tdb2ReadOnly(dir)) {
          assertTrue(store.toString().contains("read-only, read from a temporary copy"), store.toString());
          assertEquals(List.of(reference.id()), store.caseIds());
          assertEquals(Optional.of(reference), store.get(reference.id()));
          assertThrows(StoreException.class, () -> store.put(StoreCases.minimal("a", "a")));
        }
        // To change it, it must be made writable: the message says so, and that nothing is damaged.
        StoreException e = assertThrows(StoreException.class, () -> SstStore.tdb2(dir));
        assertTrue(e.getMessage().startsWith("the TDB2 store " + dir + " cannot be written (a read-only directory,"
            + " files or medium), and TDB2 must write to open a store for changes; nothing in it is damaged"),
            e.getMessage());
      }
      assertEquals(before, contents(dir), "not a byte of the store changed, and no file was added");
      assertEquals(copiesBefore, temporaryCopies(), "the temporary copy is deleted on close");
    } finally {
      setPermissions(dir, WRITABLE_DIRECTORY, WRITABLE_FILE);
    }
  }

  private Path storeWithReference(String name) {
    Path dir = tempDir.resolve(name);
    try (SstStore store = SstStore.tdb2(dir)) {
      store.put(StoreCases.reference());
    }
    return dir.toAbsolutePath().normalize();
  }

  /** Every file under {@code dir}, by relative path, with a digest of its bytes. */
  private static Map<String, String> contents(Path dir) throws IOException, NoSuchAlgorithmException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        String key = dir.relativize(p).toString();
        out.put(key, Files.isDirectory(p) ? "directory"
            : HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
      }
    }
    return out;
  }

  private static Set<Path> temporaryCopies() throws IOException {
    try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return entries.filter(p -> p.getFileName().toString().startsWith("sst-read-only-"))
          .collect(Collectors.toSet());
    }
  }

  /** Sets the permissions of every directory and file under {@code dir}, the deepest first when opening up. */
  private static void setPermissions(Path dir, Set<PosixFilePermission> directories, Set<PosixFilePermission> files)
      throws IOException {
    List<Path> all;
    try (Stream<Path> walk = Files.walk(dir)) {
      all = walk.toList();
    }
    // Files before their directory is closed, and a directory opened before its files.
    for (Path p : all) {
      if (Files.isDirectory(p) && directories.contains(PosixFilePermission.OWNER_WRITE)) {
        Files.setPosixFilePermissions(p, directories);
      }
    }
    for (Path p : all) {
      if (!Files.isDirectory(p)) {
        Files.setPosixFilePermissions(p, files);
      }
    }
    for (int i = all.size() - 1; i >= 0; i--) {
      if (Files.isDirectory(all.get(i)) && !directories.contains(PosixFilePermission.OWNER_WRITE)) {
        Files.setPosixFilePermissions(all.get(i), directories);
      }
    }
  }
}
