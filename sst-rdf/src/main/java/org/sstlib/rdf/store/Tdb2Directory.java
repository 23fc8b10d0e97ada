package org.sstlib.rdf.store;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A TDB2 database directory opened for one {@link SstStore}: created atomically when new, opened with clear
 * messages when it cannot be, and released on close.
 *
 * <p>Why the care (see {@code PITFALLS.md}): a process killed during the very first creation of a TDB2 database
 * can leave a directory that never opens again, so a new store is made in a temporary directory beside the target,
 * committed once, released, and renamed into place atomically. TDB2 lets one process at a time open a directory;
 * the second gets Jena's {@code DBOpEnvException ... held by process N}, which becomes a {@link StoreException}
 * naming the directory and the process. Within one process Jena hands every opener the same database, and
 * releasing it for one would pull it from under the others, so this class allows one open store per directory per
 * process. A directory that fails to open is never deleted nor repaired.
 */
final class Tdb2Directory {

  /**
   * The directories open in this process, by real path. Process-wide on purpose: it mirrors TDB2's own
   * process-wide cache of open databases, which would otherwise let two stores share, and one close, a database.
   */
  private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

  /** How Jena's {@code ProcessFileLock} begins its message when another process holds the lock. */
  private static final String LOCK_FAILURE = "Failed to get a lock";
  private static final Pattern HELD_BY = Pattern.compile("held by process (\\d+)");
  private static final Pattern DATA_DIR = Pattern.compile("Data-\\d+");

  private final Path path;
  private final DatasetGraph dataset;
  private final AtomicBoolean released = new AtomicBoolean();

  private Tdb2Directory(Path path, DatasetGraph dataset) {
    this.path = path;
    this.dataset = dataset;
  }

  /**
   * Opens the store in {@code dir}, creating it (atomically) if {@code dir} does not exist or is an empty
   * directory.
   *
   * @throws StoreException if the directory is in use, is not a TDB2 store, or cannot be created or opened
   */
  static Tdb2Directory open(Path dir) {
    checkNotNull(dir, "dir");
    Path path = dir.toAbsolutePath().normalize();
    if (!Files.exists(path) || isEmptyDirectory(path)) {
      create(path);
    }
    return connectExisting(path);
  }

  /**
   * Opens the store in {@code dir}, which must already be one: a missing or empty directory is refused, never
   * turned into a store.
   *
   * @throws StoreException if there is no store in {@code dir}, or it is in use or cannot be opened
   */
  static Tdb2Directory openExisting(Path dir) {
    return connectExisting(checkExisting(dir));
  }

  /**
   * The absolute path of {@code dir}, checked to be there and not an empty directory (opening it then checks that
   * it is a TDB2 store); nothing is opened or written.
   *
   * @throws StoreException if {@code dir} does not exist or is an empty directory
   */
  static Path checkExisting(Path dir) {
    checkNotNull(dir, "dir");
    Path path = dir.toAbsolutePath().normalize();
    if (!Files.exists(path)) {
      throw new StoreException("there is no store at " + path + ": the directory does not exist (a store is made "
          + "by loading cases into it: sst load FILE --store DIR)");
    }
    if (isEmptyDirectory(path)) {
      throw new StoreException("there is no store at " + path + ": the directory is empty, and was left so (a "
          + "store is made by loading cases into it: sst load FILE --store DIR)");
    }
    return path;
  }

  private static Tdb2Directory connectExisting(Path path) {
    if (!Files.isDirectory(path)) {
      throw new StoreException(path + " is not a directory; a TDB2 store is a directory (give a new path to "
          + "create one)");
    }
    if (!isTdb2(path)) {
      throw new StoreException("the directory " + path + " is not a TDB2 store (it has no Data-NNNN "
          + "directory); nothing was written to it. Give a new or empty directory to create a store");
    }
    Path real = realPath(path);
    if (!OPEN.add(real)) {
      throw new StoreException("the store " + path + " is already open in this process; use that SstStore, or "
          + "close it before opening the directory again");
    }
    try {
      return new Tdb2Directory(path, connect(path));
    } catch (RuntimeException | Error e) {
      OPEN.remove(real);
      throw e;
    }
  }

  /** The absolute path of the directory. */
  Path path() {
    return path;
  }

  /** The TDB2 dataset; valid until {@link #release()}. */
  DatasetGraph dataset() {
    return dataset;
  }

  /** Releases the database and its lock, so that another process may open the directory. Idempotent. */
  void release() {
    if (!released.compareAndSet(false, true)) {
      return;
    }
    try {
      TDBInternal.expel(dataset);
    } finally {
      OPEN.remove(realPath(path));
    }
  }

  /**
   * Compacts the database: writes its current state into a new generation directory ({@code Data-NNNN}, one
   * higher), switches to it and deletes the old one, so that the space of replaced cases and of aborted writes is
   * given back. Needs the space of the current data once more while it runs.
   *
   * @return the name of the generation directory now in use
   * @throws StoreException if the compaction failed; the old generation is then still in use
   */
  String compact() {
    try {
      DatabaseMgr.compact(dataset, true);
    } catch (RuntimeException e) {
      throw new StoreException("could not compact the TDB2 store " + path + ": " + e.getMessage() + "; it still "
          + "holds what it held", e);
    }
    try (Stream<Path> entries = Files.list(path)) {
      return entries.map(p -> p.getFileName().toString()).filter(n -> DATA_DIR.matcher(n).matches()).sorted()
          .reduce((a, b) -> b).orElse("");
    } catch (IOException e) {
      throw new StoreException("could not read the directory " + path + " after compacting it: " + e, e);
    }
  }

  // ------------------------------------------------------------------------------------------------ opening

  private static DatasetGraph connect(Path path) {
    DatasetGraph dataset;
    try {
      dataset = DatabaseMgr.connectDatasetGraph(path.toString());
    } catch (RuntimeException e) {
      throw openFailure(path, e);
    }
    try {
      // A first read shows now, not at the first operation, whether the database can be used.
      Txn.executeRead(dataset, () -> {
        dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).hasNext();
        dataset.listGraphNodes().hasNext();
      });
      return dataset;
    } catch (RuntimeException e) {
      try {
        TDBInternal.expel(dataset);
      } catch (RuntimeException releaseFailed) {
        e.addSuppressed(releaseFailed);
      }
      throw openFailure(path, e);
    }
  }

  private static StoreException openFailure(Path path, RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      // Exactly Jena's lock failure: its subclasses (BlockException, ...) report damaged files.
      if (t.getClass() == DBOpEnvException.class && t.getMessage() != null
          && t.getMessage().startsWith(LOCK_FAILURE)) {
        Matcher m = HELD_BY.matcher(t.getMessage());
        String pid = m.find() ? "pid " + m.group(1) : "pid unknown";
        return new StoreException("the store " + path + " is in use by another process (" + pid
            + "); close that process or use another directory", e);
      }
    }
    if (!Tdb2ReadOnlyCopy.isWritable(path)) {
      return new StoreException("the TDB2 store " + path + " cannot be written (a read-only directory, files or "
          + "medium), and TDB2 must write to open a store for changes; nothing in it is damaged. Make it writable "
          + "to change it; commands that only read (query, sparql, export) open it read-only as it is", e);
    }
    return new StoreException("could not open the TDB2 store " + path + ": " + e.getMessage()
        + ". The directory was left exactly as it is: nothing was deleted or repaired. Copy it somewhere safe "
        + "before trying anything else on it", e);
  }

  // ------------------------------------------------------------------------------------------------ creating

  /**
   * Creates an empty TDB2 store at {@code path}: built and committed in a temporary sibling directory, released,
   * then renamed into place in one atomic step. If another process or thread created the store first, keeps
   * theirs.
   */
  private static void create(Path path) {
    Path parent = path.getParent();
    if (parent == null) {
      throw new StoreException("a TDB2 store cannot be created at the root " + path + "; give a directory");
    }
    Path temp;
    try {
      Files.createDirectories(parent);
      temp = Files.createTempDirectory(parent, "." + path.getFileName() + ".creating-");
    } catch (IOException e) {
      throw new StoreException("could not create the TDB2 store " + path + ": " + e, e);
    }
    try {
      DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(temp.toString());
      try {
        Txn.executeWrite(dataset, () -> { });
      } finally {
        TDBInternal.expel(dataset);
      }
      moveIntoPlace(temp, path);
    } catch (IOException | RuntimeException e) {
      deleteTree(temp, e);
      throw new StoreException("could not create the TDB2 store " + path + ": " + e, e);
    }
  }

  private static void moveIntoPlace(Path temp, Path path) throws IOException {
    try {
      // On POSIX systems an atomic rename also replaces an empty directory.
      Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
      if (isEmptyDirectory(path)) {
        // A system whose rename does not replace an empty directory: remove it (it holds nothing) and retry.
        Files.delete(path);
        Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE);
      } else if (isTdb2(path)) {
        // Someone created the store first: use theirs.
        deleteTree(temp, null);
      } else {
        throw e;
      }
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the file system of " + path.getParent() + " cannot rename a directory atomically", e);
    }
  }

  /** Deletes the temporary directory this class made; never called on a user's store. */
  private static void deleteTree(Path temp, Throwable reportTo) {
    if (!Files.exists(temp)) {
      return;
    }
    try (Stream<Path> files = Files.walk(temp)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | RuntimeException e) {
      if (reportTo != null) {
        reportTo.addSuppressed(e);
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ checks

  private static boolean isEmptyDirectory(Path path) {
    if (!Files.isDirectory(path)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(path)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new StoreException("could not read the directory " + path + ": " + e, e);
    }
  }

  private static boolean isTdb2(Path path) {
    try (Stream<Path> entries = Files.list(path)) {
      return entries.anyMatch(p -> Files.isDirectory(p) && DATA_DIR.matcher(p.getFileName().toString()).matches());
    } catch (IOException e) {
      throw new StoreException("could not read the directory " + path + ": " + e, e);
    }
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path;
    }
  }
}
