package org.sstlib.rdf.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sstlib.core.Case;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.testing.RandomCases;
import org.sstlib.core.testing.ReferenceCase;

/** Cases for the store tests: the reference case, random cases with distinct ids, and derived cases. */
public final class StoreCases {

  /** The reference case file, relative to the sst-rdf module (the tests' working directory). */
  public static final Path REFERENCE_FILE = ReferenceCase.FILE;

  private StoreCases() {}

  /** Hughes, Shaw and Greenhalgh (2022), the library's reference case. */
  public static Case reference() {
    return CaseFiles.read(REFERENCE_FILE);
  }

  /**
   * {@code n} random cases with distinct ids, none of them in {@code taken}, from the seeds {@code firstSeed},
   * {@code firstSeed + 1}, ... (a seed whose case id is already used is skipped, so the list is the same on every
   * run).
   */
  public static List<Case> distinctRandom(long firstSeed, int n, Set<String> taken) {
    Set<String> ids = new HashSet<>(taken);
    List<Case> cases = new ArrayList<>(n);
    for (long seed = firstSeed; cases.size() < n; seed++) {
      Case c = RandomCases.generate(seed);
      if (ids.add(c.id())) {
        cases.add(c);
      }
    }
    return cases;
  }

  /** What a store must give back for {@code c}: the case itself, since the mapping to RDF is lossless. */
  public static Case expected(Case c) {
    return c;
  }

  /** The same case under another id, with the same base, so that its elements have the same IRIs. */
  public static Case withId(Case c, String id) {
    return Case.builder(id, c.title(), c).build();
  }

  /** The same case with another title. */
  public static Case withTitle(Case c, String title) {
    return Case.builder(c.id(), title, c).build();
  }

  /** A small case of its own: the given id and title, nothing else. */
  public static Case minimal(String id, String title) {
    return Case.builder(id, title).build();
  }
}
