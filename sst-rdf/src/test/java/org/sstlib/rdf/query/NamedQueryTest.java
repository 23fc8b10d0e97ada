package org.sstlib.rdf.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.io.Resources;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sstlib.rdf.store.SstStore;
import org.sstlib.rdf.store.StoreCases;

/**
 * {@link NamedQuery}: each constant's resource is there and parses, its columns are those of the answers that
 * {@link SstQueries#run(NamedQuery, Map)} gives on the reference case (unrealised: on {@link SchoolCase}), and a
 * name finds its constant (or says what was probably meant).
 */
class NamedQueryTest {

  private static SstStore store;
  private static SstQueries queries;

  @BeforeAll
  static void load() {
    store = SstStore.memory();
    store.put(StoreCases.reference());
    // The reference case has no unrealised outcome; the school's timetabling has.
    store.put(SchoolCase.read());
    queries = SstQueries.on(store);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  /** Parameters under which each query answers on the reference case; the switch covers every constant. */
  private static Map<String, String> answering(NamedQuery query) {
    return switch (query) {
      case CHAIN -> Map.of("from", "admission-avoidance-policy", "to", "alf-at-home");
      case QUADRIPARTITE -> Map.of("cycle", "fall-morning");
      case INTERPRETATIONS -> Map.of("about", "icm-model");
      case EVIDENCE -> Map.of("element", "family-help");
      case FIELD, FEEDBACK, UNAVAILABLE, FACTORS, PROVENANCE, FORCES -> Map.of();
      case NETWORK -> Map.of("around", "alf-at-home");
      case UNREALISED -> Map.of("case", SchoolCase.ID);
    };
  }

  @ParameterizedTest
  @EnumSource(NamedQuery.class)
  void theResourceExistsAndParsesAsASelectOverTheCaseGraphs(NamedQuery query) throws IOException {
    URL url = NamedQuery.class.getClassLoader().getResource(query.resource());
    assertNotNull(url, query.resource());
    assertEquals("org/sstlib/rdf/query/" + query.queryName() + ".rq", query.resource());
    String text = Resources.toString(url, StandardCharsets.UTF_8);
    assertEquals(text, query.sparql());
    assertEquals(text, SstQueries.sparql(query.queryName()));
    Query parsed = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
    assertTrue(parsed.isSelectType(), query.queryName());
    assertTrue(parsed.getResultVars().contains("case"), query + ": every row says its case");
    assertTrue(text.startsWith("# " + query.queryName() + ":"), query.queryName());
  }

  @ParameterizedTest
  @EnumSource(NamedQuery.class)
  void theColumnsAreThoseOfTheAnswerOnTheReferenceCase(NamedQuery query) {
    QueryTable table = queries.run(query, answering(query));
    assertFalse(table.isEmpty(), query + " answers, so its rows show the columns");
    assertEquals(query.columns(), table.columns(), query.queryName());
    assertEquals(query.columns(), List.copyOf(table.rows().get(0).keySet()), query.queryName());
    assertEquals("case", query.columns().get(0));
    // By name, the same.
    assertEquals(table, queries.run(query.queryName(), answering(query)));
    assertEquals(query.columns(), SstQueries.columns(query.queryName()));
  }

  @ParameterizedTest
  @EnumSource(NamedQuery.class)
  void theParametersEndWithTheCaseAndTheRequiredOnesAreAmongThem(NamedQuery query) {
    List<String> names = List.copyOf(query.parameters().keySet());
    assertEquals("case", names.get(names.size() - 1), query.queryName());
    assertEquals("", query.parameters().get("case"));
    assertTrue(names.containsAll(query.requiredParameters()), query.queryName());
    assertFalse(query.requiredParameters().contains("case"));
    for (String required : query.requiredParameters()) {
      assertEquals("", query.parameters().get(required), required + " has no default");
    }
    assertEquals(query.parameters(), SstQueries.parameters(query.queryName()));
    assertEquals(query.requiredParameters(), SstQueries.requiredParameters(query.queryName()));
  }

  @Test
  void aNameFindsItsConstant() {
    for (NamedQuery query : NamedQuery.values()) {
      assertSame(query, NamedQuery.forName(query.queryName()));
      assertEquals(query.queryName(), query.toString());
    }
    assertEquals(Arrays.stream(NamedQuery.values()).map(NamedQuery::queryName).toList(), NamedQuery.names());
    assertEquals(List.of("chain", "quadripartite", "field", "feedback", "unavailable", "interpretations",
        "factors", "evidence", "unrealised", "provenance", "forces", "network"), NamedQuery.names());
    assertEquals(NamedQuery.names(), SstQueries.names());
    assertEquals(Map.of("from", "", "to", "", "limit", "10", "maxLength", "12", "absences", "true", "case", ""),
        NamedQuery.CHAIN.parameters());
  }

  @Test
  void anUnknownNameIsRefusedWithTheClosestNameAndEveryName() {
    IllegalArgumentException typo = assertThrows(IllegalArgumentException.class, () -> NamedQuery.forName("chian"));
    assertTrue(typo.getMessage().startsWith("no named query 'chian'; did you mean 'chain'?"), typo.getMessage());
    assertTrue(typo.getMessage().contains(String.join(", ", NamedQuery.names())), typo.getMessage());
    IllegalArgumentException upper = assertThrows(IllegalArgumentException.class, () -> NamedQuery.forName("FIELD"));
    assertTrue(upper.getMessage().contains("did you mean 'field'?"), upper.getMessage());
    IllegalArgumentException far = assertThrows(IllegalArgumentException.class,
        () -> NamedQuery.forName("something else entirely"));
    assertFalse(far.getMessage().contains("did you mean"), far.getMessage());
    assertTrue(far.getMessage().endsWith("the named queries are " + String.join(", ", NamedQuery.names())),
        far.getMessage());
    // The constant's own name is not the name a researcher types.
    assertThrows(IllegalArgumentException.class, () -> NamedQuery.forName("CHAIN"));
    assertThrows(IllegalArgumentException.class, () -> NamedQuery.forName("case-bases"));
    assertThrows(NullPointerException.class, () -> NamedQuery.forName(null));
    assertThrows(IllegalArgumentException.class, () -> queries.run("chian", Map.of()));
  }
}
