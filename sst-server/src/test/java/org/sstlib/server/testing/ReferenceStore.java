package org.sstlib.server.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.sstlib.core.testing.ReferenceCase;
import org.sstlib.rdf.store.SstStore;

/**
 * The fixtures of the server's tests: a TDB2 store holding the reference case, and the hostile requests kept as
 * resources under {@code org/sstlib/server/hostile/}, each starting with a comment saying what it attacks.
 */
public final class ReferenceStore {
  private ReferenceStore() {}

  /** Makes a TDB2 store in {@code dir} holding the reference case, released again for a server to open; the store is made at {@code dir/store}, which is returned. */
  public static Path in(Path dir) {
    Path store = dir.resolve("store");
    try (SstStore tdb2 = SstStore.tdb2(store)) {
      tdb2.put(ReferenceCase.read());
    }
    return store;
  }

  /** The text of a hostile request kept under {@code hostile/} beside the tests. */
  public static String hostile(String name) {
    try (InputStream in = ReferenceStore.class.getResourceAsStream("/org/sstlib/server/hostile/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource hostile/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
