package org.sstlib.rdf.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.junit.jupiter.api.Test;
import org.sstlib.rdf.GraphNames;
import org.sstlib.rdf.store.ForwardingStore;
import org.sstlib.core.testing.ErpStudy;
import org.sstlib.rdf.store.SstStore;
import org.sstlib.rdf.store.StoreCases;

/**
 * Each query is parsed once, when it is loaded, and bound by copying the parsed query and putting RDF terms in a
 * {@code VALUES} block in front of its pattern; the bound {@link Query} goes to the store as a query, never as text.
 */
class QueryBindingTest {

  private static final Node HUGHES = GraphNames.graphNode("hughes-2022");
  private static final Node POLICY =
      NodeFactory.createURI("https://w3id.org/sst/examples/hughes-2022/admission-avoidance-policy");

  @Test
  void everyQueryIsParsedOnceAndTheSameParsedQueryIsHandedOutAfterwards() {
    for (String name : allNames()) {
      Query first = QueryTexts.template(name);
      assertSame(first, QueryTexts.template(name), name);
      assertEquals(QueryFactory.create(QueryTexts.text(name), Syntax.syntaxSPARQL_11), first, name);
    }
    assertThrows(IllegalArgumentException.class, () -> QueryTexts.template("nope"));
  }

  @Test
  void bindingPutsAValuesBlockInFrontOfACopyAndLeavesTheTemplateAsItWas() {
    for (String name : allNames()) {
      Query template = QueryTexts.template(name);
      String before = template.serialize();
      Query bound = QueryBinding.bind(template, List.of("case"), List.of(List.of(HUGHES), List.of(HUGHES)));
      assertNotSame(template, bound);
      assertEquals(before, template.serialize(), name + ": the template is unchanged");
      ElementGroup pattern = (ElementGroup) bound.getQueryPattern();
      ElementData values = (ElementData) pattern.getElements().get(0);
      assertEquals(List.of("case"), values.getVars().stream().map(v -> v.getVarName()).toList());
      assertEquals(1, values.getRows().size(), name + ": a row given twice is bound once");
      assertEquals(HUGHES, values.getRows().get(0).get(values.getVars().get(0)));
      // Then the template's own pattern, element for element (copies of them, written the same way).
      List<String> rest = pattern.getElements().subList(1, pattern.getElements().size()).stream()
          .map(Object::toString).toList();
      Object original = template.getQueryPattern();
      List<?> originals = original instanceof ElementGroup g ? g.getElements() : List.of(original);
      assertEquals(originals.stream().map(Object::toString).toList(), rest, name);
      // What a remote store sends of it reads back as the same query. (Compared as text: Jena's Query.equals
      // tells a copied IN expression from the parsed one.)
      assertEquals(bound.serialize(), QueryFactory.create(bound.serialize(), Syntax.syntaxSPARQL_11).serialize(),
          name);
      assertEquals(template.getResultVars(), bound.getResultVars(), name);
    }
  }

  /**
   * The copy is the whole query: the same algebra as the template, aggregates included (Jena's
   * {@code QueryTransformOps.shallowCopy} drops the aggregates, so that {@code factors} would count nothing).
   */
  @Test
  void theCopyThatIsBoundIsTheSameQueryAggregatesIncluded() {
    for (String name : allNames()) {
      Query template = QueryTexts.template(name);
      Query copy = template.cloneQuery();
      assertEquals(Algebra.compile(template).toString(), Algebra.compile(copy).toString(), name);
      assertEquals(template.getAggregators().size(), copy.getAggregators().size(), name);
    }
    Query factors = QueryBinding.bind(QueryTexts.template("factors"), List.of("case"), List.of(List.of(HUGHES)));
    assertEquals(2, factors.getAggregators().size(), "COUNT and SUM of factors.rq");
  }

  @Test
  void aRowMustHoldOneNodeForEachVariable() {
    Query template = QueryTexts.template("resolve");
    assertThrows(IllegalArgumentException.class,
        () -> QueryBinding.bind(template, List.of("case", "element"), List.of(List.of(HUGHES))));
    assertThrows(IllegalArgumentException.class, () -> QueryBinding.bind(template, List.of(), List.of()));
    List<Node> withNull = new ArrayList<>();
    withNull.add(HUGHES);
    withNull.add(null);
    assertThrows(NullPointerException.class,
        () -> QueryBinding.bind(template, List.of("case", "element"), List.of(withNull)));
  }

  @Test
  void theNamedQueriesReachTheStoreAsBoundQueriesNeverAsText() {
    try (SstStore memory = SstStore.memory()) {
      memory.put(StoreCases.reference());
      // The reference case has no unrealised outcome; the ERP study, with it in the store, has.
      memory.put(ErpStudy.build());
      QueryObjectsOnly store = new QueryObjectsOnly(memory);
      SstQueries queries = SstQueries.on(store);
      for (NamedQuery query : NamedQuery.values()) {
        Map<String, String> params = switch (query) {
          case CHAIN -> Map.of("from", "admission-avoidance-policy", "to", "alf-at-home", "limit", "2");
          case QUADRIPARTITE -> Map.of("cycle", "fall-morning");
          case EVIDENCE -> Map.of("element", "family-help");
          case FORCES -> Map.of("cycle", "bcf-planning");
          case NETWORK -> Map.of("around", "alf-at-home");
          default -> Map.of();
        };
        assertFalse(queries.run(query, params).isEmpty(), query.queryName());
      }
      assertFalse(queries.chain("admission-avoidance-policy", "alf-at-home", 1, 12).isEmpty());
      assertTrue(store.bound > 10, "queries with values: " + store.bound);
      assertTrue(store.queries.stream().anyMatch(q -> q.toString().contains("<" + POLICY.getURI() + ">")));
    }
  }

  private static List<String> allNames() {
    List<String> names = new ArrayList<>(NamedQuery.names());
    names.addAll(QueryTexts.HELPERS);
    return names;
  }

  /** A store that fails if a query reaches it as text, and counts the queries whose pattern starts with VALUES. */
  private static final class QueryObjectsOnly extends ForwardingStore {
    final List<Query> queries = new ArrayList<>();
    int bound;

    QueryObjectsOnly(SstStore delegate) {
      super(delegate);
    }

    @Override
    protected void onQuery(Query query) {
      queries.add(query);
      if (query.getQueryPattern() instanceof ElementGroup g && !g.getElements().isEmpty()
          && g.getElements().get(0) instanceof ElementData) {
        bound++;
      }
    }

    @Override
    public <T> T select(String sparql, Function<ResultSet, T> handler) {
      throw new AssertionError("a named query reached the store as text: " + sparql);
    }

    @Override
    public boolean ask(String sparql) {
      throw new AssertionError("a named query reached the store as text: " + sparql);
    }

    @Override
    public Graph construct(String sparql) {
      throw new AssertionError("a named query reached the store as text: " + sparql);
    }
  }
}
