package org.sstlib.rdf.store;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.sstlib.core.Case;

/**
 * A second process for {@link Tdb2StoreTest}: opens a TDB2 store and reports on standard output, one line a step,
 * so that the test can tell where it is.
 *
 * <ul>
 *   <li>{@code open DIR}: prints {@code OPENED n} (n cases) and exits 0, or {@code STORE-EXCEPTION message} and
 *       exits 3;
 *   <li>{@code load DIR N SEED}: opens the store, makes {@code N} random cases from seed {@code SEED} whose ids are
 *       not in the store ({@link StoreCases#distinctRandom}), prints {@code LOADING N}, stores them with one
 *       {@code putAll}, prints {@code DONE} and exits 0.
 * </ul>
 */
public final class Tdb2StoreChild {

  private Tdb2StoreChild() {}

  public static void main(String[] args) {
    Path dir = Path.of(args[1]);
    switch (args[0]) {
      case "open" -> {
        try (SstStore store = SstStore.tdb2(dir)) {
          System.out.println("OPENED " + store.caseIds().size());
        } catch (StoreException e) {
          System.out.println("STORE-EXCEPTION " + e.getMessage());
          System.out.flush();
          System.exit(3);
        }
      }
      case "load" -> {
        int n = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        try (SstStore store = SstStore.tdb2(dir)) {
          List<Case> cases = StoreCases.distinctRandom(seed, n, new HashSet<>(store.caseIds()));
          System.out.println("LOADING " + cases.size());
          System.out.flush();
          store.putAll(cases);
          System.out.println("DONE");
        }
      }
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
    System.out.flush();
    System.exit(0);
  }
}
