package org.sstlib.rdf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.Case;

/**
 * The {@link StoreContract} on {@link SstStore#tdb2(Path)} in a temporary directory, then what only TDB2 has: a
 * store that outlives its process, atomic creation, clear messages for a directory in use or damaged, and a
 * process killed in the middle of a load.
 */
class Tdb2StoreTest extends StoreContract {

  private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(120);

  @TempDir
  Path tempDir;

  private final AtomicInteger stores = new AtomicInteger();

  @Override
  protected SstStore newStore() {
    return SstStore.tdb2(tempDir.resolve("store-" + stores.incrementAndGet()));
  }

  @Override
  protected SstStore newStoreFailingOn(String caseId) {
    Tdb2Directory directory = Tdb2Directory.open(tempDir.resolve("failing-" + stores.incrementAndGet()));
    return new LocalStore(new FailingDataset(directory.dataset(), caseId), LocalStore.Union.TDB2_CONTEXT,
        "the TDB2 store " + directory.path() + " (failing on " + caseId + ")", directory::release);
  }

  // ------------------------------------------------------------------------------------------------ lifetime

  @Test
  void aStoreClosesCleanlyAfterAQueryStoppedForItsTime() throws Exception {
    Path dir = tempDir.resolve("timed-out");
    for (String sparql : List.of(CROSS_PRODUCT, CROSS_PRODUCT_ASK, CROSS_PRODUCT_CONSTRUCT)) {
      SstStore store = SstStore.tdb2(dir);
      store.put(StoreCases.reference());
      org.apache.jena.query.Query query = org.apache.jena.query.QueryFactory.create(sparql);
      Duration second = Duration.ofSeconds(1);
      StoreException e = assertThrows(StoreException.class, () -> {
        if (query.isSelectType()) {
          store.select(query, second, rows -> rows.hasNext() ? rows.next() : null);
        } else if (query.isAskType()) {
          store.ask(query, second);
        } else {
          store.construct(query, second);
        }
      });
      assertTrue(e.getMessage().contains("timeout of 1 s"), e.getMessage());
      // The stopped query's read transaction has ended: the store releases its directory, and opens again.
      store.close();
    }
    try (SstStore again = SstStore.tdb2(dir)) {
      assertEquals(List.of("hughes-2022"), again.caseIds());
    }
  }


  @Test
  void casesSurviveCloseAndReopen() {
    Path dir = tempDir.resolve("store");
    Case hughes = StoreCases.reference();
    List<Case> random = StoreCases.distinctRandom(400, 5, Set.of(hughes.id()));
    try (SstStore store = SstStore.tdb2(dir)) {
      store.put(hughes);
      store.putAll(random);
      store.remove(random.get(0).id());
    }
    try (SstStore store = SstStore.tdb2(dir)) {
      assertEquals(Optional.of(hughes), store.get(hughes.id()));
      assertEquals(Optional.empty(), store.get(random.get(0).id()));
      for (Case c : random.subList(1, random.size())) {
        assertEquals(Optional.of(StoreCases.expected(c)), store.get(c.id()), c.id());
      }
      assertEquals(random.size(), store.caseIds().size());
    }
  }

  @Test
  void oneProcessOpensADirectoryOnceAtATime() {
    Path dir = tempDir.resolve("store");
    try (SstStore first = SstStore.tdb2(dir)) {
      first.put(StoreCases.minimal("a", "case a"));
      StoreException e = assertThrows(StoreException.class, () -> SstStore.tdb2(dir));
      assertTrue(e.getMessage().contains("already open in this process"), e.getMessage());
      // The failed second open must not have disturbed the first.
      assertEquals(List.of("a"), first.caseIds());
    }
    try (SstStore again = SstStore.tdb2(dir.resolve("..").resolve("store"))) {
      assertEquals(List.of("a"), again.caseIds());
    }
  }

  // ------------------------------------------------------------------------------------------------ creation

  @Test
  void aNewStoreIsBuiltBesideItsDirectoryAndMovedIntoPlace() throws IOException {
    Path parent = tempDir.resolve("not-yet").resolve("there");
    Path dir = parent.resolve("new-store");
    try (SstStore store = SstStore.tdb2(dir)) {
      assertEquals(List.of(), store.caseIds());
      // Only the store itself is left: the temporary directory it was built in has been renamed into place.
      assertEquals(List.of("new-store"), names(parent));
      assertTrue(Files.isDirectory(dir.resolve("Data-0001")), "a TDB2 database: " + names(dir));
      store.put(StoreCases.minimal("a", "case a"));
    }
    try (SstStore store = SstStore.tdb2(dir)) {
      assertEquals(List.of("a"), store.caseIds());
    }
  }

  @Test
  void anEmptyDirectoryBecomesAStore() throws IOException {
    Path dir = Files.createDirectory(tempDir.resolve("empty"));
    try (SstStore store = SstStore.tdb2(dir)) {
      store.put(StoreCases.minimal("a", "case a"));
    }
    assertEquals(List.of("empty"), names(tempDir));
    try (SstStore store = SstStore.tdb2(dir)) {
      assertEquals(List.of("a"), store.caseIds());
    }
  }

  @Test
  void aCreationKilledHalfWayLeavesOnlyAStaleTemporaryDirectory() throws IOException {
    // What a process killed while creating "store" leaves behind: a half-made database beside it, never at it.
    Path stale = Files.createDirectories(tempDir.resolve(".store.creating-12345").resolve("Data-0001"));
    Files.writeString(stale.resolve("nodes.dat"), "half written", StandardCharsets.UTF_8);
    Path dir = tempDir.resolve("store");
    assertFalse(Files.exists(dir));
    try (SstStore store = SstStore.tdb2(dir)) {
      store.put(StoreCases.minimal("a", "case a"));
    }
    assertEquals("half written", Files.readString(stale.resolve("nodes.dat"), StandardCharsets.UTF_8),
        "a stale temporary directory is left alone");
    assertEquals(List.of(".store.creating-12345", "store"), names(tempDir));
  }

  @Test
  void aDirectoryThatIsNotAStoreIsRefusedAndLeftUntouched() throws IOException {
    Path dir = Files.createDirectory(tempDir.resolve("documents"));
    Files.writeString(dir.resolve("notes.txt"), "my notes", StandardCharsets.UTF_8);
    StoreException e = assertThrows(StoreException.class, () -> SstStore.tdb2(dir));
    assertTrue(e.getMessage().contains("is not a TDB2 store"), e.getMessage());
    assertTrue(e.getMessage().contains(dir.toAbsolutePath().toString()), e.getMessage());
    assertEquals(List.of("notes.txt"), names(dir));
    assertEquals(List.of("documents"), names(tempDir));

    Path file = Files.writeString(tempDir.resolve("a-file"), "x", StandardCharsets.UTF_8);
    StoreException notADirectory = assertThrows(StoreException.class, () -> SstStore.tdb2(file));
    assertTrue(notADirectory.getMessage().contains("is not a directory"), notADirectory.getMessage());
  }

  @Test
  void aStoreThatFailsToOpenIsNeverDeleted() throws Exception {
    for (String damaged : List.of("Data-0001/journal.jrnl", "Data-0001/SPO.bpt")) {
      Path dir = tempDir.resolve("damaged-" + damaged.replace('/', '-'));
      try (SstStore store = SstStore.tdb2(dir)) {
        store.put(StoreCases.reference());
      }
      Files.writeString(dir.resolve(damaged), "garbage garbage garbage garbage!", StandardCharsets.UTF_8);
      Map<String, String> before = contents(dir);

      for (int attempt = 0; attempt < 2; attempt++) {
        StoreException e = assertThrows(StoreException.class, () -> SstStore.tdb2(dir), damaged);
        assertTrue(e.getMessage().startsWith("could not open the TDB2 store " + dir.toAbsolutePath()),
            e.getMessage());
        assertTrue(e.getMessage().contains("nothing was deleted"), e.getMessage());
        assertFalse(e.getMessage().contains("in use"), "damage is not reported as a lock: " + e.getMessage());
        assertEquals(before, contents(dir), "the damaged store is exactly as it was");
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ processes

  @Test
  void aSecondProcessIsToldTheStoreIsInUse() throws Exception {
    Path dir = tempDir.resolve("store");
    try (SstStore store = SstStore.tdb2(dir)) {
      store.put(StoreCases.minimal("a", "case a"));
      try (Child child = new Child("open", dir.toString())) {
        String line = child.awaitLine(l -> l.startsWith("STORE-EXCEPTION") || l.startsWith("OPENED"));
        assertEquals("STORE-EXCEPTION the store " + dir.toAbsolutePath() + " is in use by another process (pid "
            + ProcessHandle.current().pid() + "); close that process or use another directory", line);
        assertEquals(3, child.awaitExit());
      }
      assertEquals(List.of("a"), store.caseIds(), "the refused process did not disturb this one");
    }
    // Closing released the lock: now another process may open the store.
    try (Child child = new Child("open", dir.toString())) {
      assertEquals("OPENED 1", child.awaitLine(l -> l.startsWith("STORE-EXCEPTION") || l.startsWith("OPENED")));
      assertEquals(0, child.awaitExit());
    }
  }

  @Test
  void aProcessKilledInTheMiddleOfALoadLeavesAllOfItOrNone() throws Exception {
    Path dir = tempDir.resolve("store");
    Case hughes = StoreCases.reference();
    List<Case> earlier = StoreCases.distinctRandom(500, 2, Set.of(hughes.id()));
    try (SstStore store = SstStore.tdb2(dir)) {
      store.put(hughes);
      store.putAll(earlier);
    }
    List<String> idsBefore;
    try (SstStore store = SstStore.tdb2(dir)) {
      idsBefore = store.caseIds();
    }
    int loadSize = 200;
    long loadSeed = 10_000;
    List<Case> load = StoreCases.distinctRandom(loadSeed, loadSize, Set.copyOf(idsBefore));

    boolean killedMidLoad;
    try (Child child = new Child("load", dir.toString(), Integer.toString(loadSize), Long.toString(loadSeed))) {
      child.awaitLine(l -> l.startsWith("LOADING"));
      long sizeAtStart = size(dir);
      long deadline = System.nanoTime() + CHILD_TIMEOUT.toNanos();
      // Wait until the transaction is writing to the database files, then kill without warning.
      while (size(dir) == sizeAtStart && child.process.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      Thread.sleep(100);
      killedMidLoad = child.process.isAlive() && !child.output().contains("DONE");
      child.process.destroyForcibly();
      assertTrue(child.process.waitFor(30, TimeUnit.SECONDS), "the killed process ended");
    }
    assertTrue(killedMidLoad, "the load was still running when it was killed; the test must kill it mid-load");

    try (SstStore store = SstStore.tdb2(dir)) {
      List<String> ids = store.caseIds();
      Set<String> all = new TreeSet<>(idsBefore);
      load.forEach(c -> all.add(c.id()));
      if (ids.equals(idsBefore)) {
        // none of the load: fine
      } else if (ids.equals(new ArrayList<>(all))) {
        for (Case c : List.of(load.get(0), load.get(loadSize / 2), load.get(loadSize - 1))) {
          assertEquals(Optional.of(StoreCases.expected(c)), store.get(c.id()), c.id());
        }
      } else {
        fail("the store holds part of the killed load: " + ids.size() + " cases, expected " + idsBefore.size()
            + " or " + all.size());
      }
      assertEquals(Optional.of(hughes), store.get(hughes.id()));
      for (Case c : earlier) {
        assertEquals(Optional.of(StoreCases.expected(c)), store.get(c.id()), c.id());
      }
      // And the store still takes writes.
      store.put(StoreCases.minimal("after-the-kill", "written after recovery"));
      assertTrue(store.caseIds().contains("after-the-kill"));
    }
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  /** The total size of the files under {@code dir}. */
  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  /**
   * Every file under {@code dir} with a digest of its content; the lock files only by name, since opening a store
   * writes the opener's process id into them.
   */
  private static Map<String, String> contents(Path dir) throws IOException, NoSuchAlgorithmException {
    Map<String, String> out = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.collect(Collectors.toList());
    }
    for (Path p : files) {
      String name = dir.relativize(p).toString();
      if (Files.isDirectory(p)) {
        out.put(name + "/", "directory");
      } else if (p.getFileName().toString().equals("tdb.lock")) {
        out.put(name, "lock");
      } else {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        out.put(name, HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
      }
    }
    return out;
  }

  /** A child JVM running {@link Tdb2StoreChild}, its output read line by line; killed on close if still alive. */
  private static final class Child implements AutoCloseable {
    final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());
    private final Thread reader;

    Child(String... args) throws IOException {
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"),
          Tdb2StoreChild.class.getName()));
      command.addAll(List.of(args));
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
      reader = new Thread(() -> {
        try (BufferedReader in = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            output.add(line);
            lines.add(line);
          }
        } catch (IOException e) {
          // The process was killed: its output ends here.
        }
      }, "child-output");
      reader.setDaemon(true);
      reader.start();
    }

    /** The first line (from now on) that matches, waiting at most {@link #CHILD_TIMEOUT}. */
    String awaitLine(Predicate<String> wanted) throws InterruptedException {
      long deadline = System.nanoTime() + CHILD_TIMEOUT.toNanos();
      while (System.nanoTime() < deadline) {
        String line = lines.poll(100, TimeUnit.MILLISECONDS);
        if (line != null && wanted.test(line)) {
          return line;
        }
        if (line == null && !process.isAlive() && lines.isEmpty() && !reader.isAlive()) {
          break;
        }
      }
      throw new AssertionError("the child process did not print the expected line; its output: " + output());
    }

    int awaitExit() throws InterruptedException {
      if (!process.waitFor(CHILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        throw new AssertionError("the child process did not exit; its output: " + output());
      }
      return process.exitValue();
    }

    List<String> output() {
      synchronized (output) {
        return new ArrayList<>(output);
      }
    }

    @Override
    public void close() {
      if (process.isAlive()) {
        process.destroyForcibly();
      }
      try {
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
