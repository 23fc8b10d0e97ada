package org.sstlib.rdf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.Case;

/** {@link SstStore#compactTdb2(Path)}: the space TDB2 does not reuse is given back, and the cases stay. */
class Tdb2CompactionTest {

  @TempDir
  Path tempDir;

  @Test
  void compactingKeepsTheCasesInANewGenerationAndDeletesTheOld() throws IOException {
    Path dir = tempDir.resolve("store");
    Case reference = StoreCases.reference();
    try (SstStore store = SstStore.tdb2(dir)) {
      // Each replacement leaves the space of the case it replaced behind.
      for (int i = 0; i < 3; i++) {
        store.put(reference);
      }
      store.put(StoreCases.minimal("gone", "a case removed again"));
      assertTrue(store.remove("gone"));
    }
    assertEquals(List.of("Data-0001"), generations(dir));

    assertEquals("Data-0002", SstStore.compactTdb2(dir));
    assertEquals(List.of("Data-0002"), generations(dir));
    try (SstStore store = SstStore.tdb2(dir)) {
      assertEquals(List.of(reference.id()), store.caseIds());
      assertEquals(Optional.of(reference), store.get(reference.id()));
    }
  }

  @Test
  void compactingNeedsAStoreAndNeverMakesOne() throws IOException {
    Path missing = tempDir.resolve("missing");
    StoreException none = assertThrows(StoreException.class, () -> SstStore.compactTdb2(missing));
    assertTrue(none.getMessage().startsWith("there is no store at " + missing), none.getMessage());
    assertFalse(Files.exists(missing));
    Path empty = Files.createDirectory(tempDir.resolve("empty"));
    assertThrows(StoreException.class, () -> SstStore.compactTdb2(empty));
    try (Stream<Path> entries = Files.list(empty)) {
      assertEquals(0, entries.count());
    }
  }

  @Test
  void aStoreOpenInThisProcessIsNotCompactedUnderIt() {
    Path dir = tempDir.resolve("open");
    try (SstStore store = SstStore.tdb2(dir)) {
      store.put(StoreCases.reference());
      StoreException e = assertThrows(StoreException.class, () -> SstStore.compactTdb2(dir));
      assertTrue(e.getMessage().contains("is already open in this process"), e.getMessage());
      assertEquals(List.of("hughes-2022"), store.caseIds());
    }
  }

  private static List<String> generations(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
    }
  }
}
