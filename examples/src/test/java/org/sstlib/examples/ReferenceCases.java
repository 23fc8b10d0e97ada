package org.sstlib.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.sstlib.rdf.store.SstStore;

/**
 * Where the example case files live, for the tests of this module (run from the module directory), and how the tests
 * read them. The reference case itself is {@link org.sstlib.core.testing.ReferenceCase}, shared by every module.
 */
final class ReferenceCases {
  static final Path DIR = Path.of("cases");

  private ReferenceCases() {}

  static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows of a SELECT over the store, each a map from variable to the value's text (literal or IRI). */
  static List<Map<String, String>> select(SstStore store, String sparql) {
    return store.select(sparql, (ResultSet results) -> {
      List<Map<String, String>> rows = new ArrayList<>();
      while (results.hasNext()) {
        QuerySolution solution = results.next();
        Map<String, String> row = new TreeMap<>();
        solution.varNames().forEachRemaining(v -> {
          RDFNode node = solution.get(v);
          row.put(v, node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
        });
        rows.add(row);
      }
      return rows;
    });
  }
}
