package org.sstlib.rdf.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.sstlib.rdf.store.SstStore;
import org.sstlib.rdf.store.StoreCases;

/** {@link QueryTable}: rows checked against the columns, and any {@code SELECT} answer read into one. */
class QueryTableTest {

  @Test
  void anAnswerIsReadWithItsVariablesAsColumnsAndItsValuesAsText() {
    try (SstStore store = SstStore.memory()) {
      store.put(StoreCases.reference());
      QueryTable table = store.select(QueryFactory.create("""
          PREFIX sst: <https://w3id.org/sst#>
          PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
          SELECT ?label ?cycle ?none ?number ?blank WHERE {
            ?cycle a sst:Cycle ; rdfs:label ?label ; sst:qualifiedExternal ?blank .
            BIND (42 AS ?number)
          } ORDER BY ?cycle LIMIT 1"""), QueryTable::copyOf);
      assertEquals(List.of("label", "cycle", "none", "number", "blank"), table.columns());
      assertEquals(1, table.size());
      Map<String, String> row = table.rows().get(0);
      assertEquals("https://w3id.org/sst/examples/hughes-2022/alf-daily-life", row.get("cycle"));
      assertEquals("", row.get("none"), "an unbound variable is empty");
      assertEquals("42", row.get("number"), "a literal is its lexical form");
      assertTrue(!row.get("label").isEmpty() && !row.get("label").startsWith("\""), row.get("label"));
      assertTrue(row.get("blank").startsWith("_:") || !row.get("blank").isEmpty(), row.get("blank"));

      QueryTable none = store.select(QueryFactory.create("SELECT ?x ?y WHERE { ?x <urn:x:never> ?y }"),
          QueryTable::copyOf);
      assertEquals(List.of("x", "y"), none.columns());
      assertTrue(none.isEmpty());
    }
  }

  @Test
  void rowsMustHaveExactlyTheColumns() {
    assertThrows(IllegalArgumentException.class, () -> QueryTable.of(List.of("a", "b"), List.of(List.of("1"))));
    assertThrows(IllegalArgumentException.class, () -> QueryTable.of(List.of("a", "a"), List.of()));
    QueryTable table = QueryTable.of(List.of("a", "b"), List.of(List.of("1", "2"), List.of("3", "")));
    assertEquals(List.of("1", "3"), table.column("a"));
    assertThrows(IllegalArgumentException.class, () -> table.column("c"));
  }
}
