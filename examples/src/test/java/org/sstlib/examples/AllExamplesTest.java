package org.sstlib.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Case;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.rdf.query.SstQueries;
import org.sstlib.rdf.shacl.ShapeReport;
import org.sstlib.rdf.shacl.SstShapes;
import org.sstlib.rdf.store.SstStore;

/** Every worked example together: each passes the theory's shapes, and all of them load into one store. */
class AllExamplesTest {

  static List<Case> allCases() throws IOException {
    try (Stream<Path> files = Files.walk(ReferenceCases.DIR)) {
      List<Path> paths = files.filter(p -> p.toString().matches(".*\\.(yaml|yml|json)$")).sorted().toList();
      assertTrue(paths.size() >= 1, "no case files under " + ReferenceCases.DIR);
      return paths.stream().map(CaseFiles::read).collect(Collectors.toList());
    }
  }

  @Test
  void everyExamplePassesTheShapesOfTheTheory() throws IOException {
    for (Case c : allCases()) {
      ShapeReport report = SstShapes.validate(c);
      assertTrue(report.conforms(), c.id() + ": " + report);
    }
  }

  @Test
  void theFactorsMatrixCoversEveryCaseInOneStore() throws IOException {
    List<Case> cases = allCases();
    try (SstStore store = SstStore.memory()) {
      store.putAll(cases);
      assertEquals(cases.stream().map(Case::id).sorted().toList(), store.caseIds());
      Set<String> inMatrix = new TreeSet<>(SstQueries.on(store).run("factors", java.util.Map.of()).column("case"));
      assertEquals(new TreeSet<>(store.caseIds()), inMatrix);
    }
  }
}
