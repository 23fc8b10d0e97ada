package org.sstlib.rdf.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sstlib.core.Case;
import org.sstlib.rdf.store.SstStore;
import org.sstlib.rdf.store.LoopbackFuseki;
import org.sstlib.rdf.store.StoreCases;
import org.sstlib.rdf.store.ForwardingStore;
import org.sstlib.core.testing.ErpStudy;

/**
 * Hostile parameter values never become query syntax. For every parameter of every named query (and every typed
 * method), values such as {@code x" } ; DROP ALL #}, {@code x>}, <code>}</code>, {@code ?x}, a newline,
 * {@code <file:///etc/passwd>}, {@code <javascript:alert(1)>}, {@code <http://ex/a b>}, {@code ' OR 1=1}, an id or
 * IRI of another case, and a 10,000-character value are either refused with a {@link QueryParameterException} that
 * names the parameter, or taken as a plain value that matches nothing. Never a {@code QueryParseException} or any
 * other error, never a write, never a change to the store, never rows about something else; and every query that
 * reaches the store parses as a SPARQL 1.1 {@code SELECT} that holds none of the hostile text. On memory, TDB2 and
 * an embedded Fuseki, each holding the ERP case and the reference case.
 */
class QueryParameterSafetyTest {

  private static final String ERP_ID = ErpStudy.ID;
  private static final String HUGHES_ID = "hughes-2022";
  private static final String HUGHES_BASE = "https://w3id.org/sst/examples/hughes-2022/";
  private static final String LONG = "a".repeat(10_000);

  /** Values that must not change the shape of a query, whatever parameter they are given to. */
  private static final List<String> HOSTILE = List.of(
      "x\" } ; DROP ALL #",
      "x>",
      "}",
      "?x",
      "a\nb",
      "<file:///etc/passwd>",
      "<javascript:alert(1)>",
      "<http://ex/a b>",
      "' OR 1=1",
      // ids and IRIs of the other case in the store (the queries run on the ERP case)
      "admission-avoidance-policy",
      "fall-morning",
      "fall-morning/family-help",
      "<" + HUGHES_BASE + "admission-avoidance-policy>",
      "<" + HUGHES_BASE + "fall-morning>",
      HUGHES_ID,
      // ten thousand characters: as an id, as an IRI, and as an attempt to end the query
      LONG,
      "<https://example.org/" + LONG + ">",
      LONG + "\" } } DROP ALL #",
      // more attempts to leave the IRI or the VALUES block
      "<http://ex/a> } ; DROP ALL ; SELECT * { <http://ex/b>",
      "<http://ex/a>\n<http://ex/b>",
      "erp-system> } GRAPH ?g { ?s ?p ?o",
      "<urn:sst:graph:hughes-2022>",
      "<urn:sst:case:erp-accounting>",
      "$case",
      "?case",
      "#",
      "\\",
      "\"\"\"",
      "'",
      "\u0000",
      "erp-system\u0000",
      "erp-system ",
      " erp-system",
      "erp-system\t",
      "<>",
      "<<http://ex/a>>",
      "_:b0",
      "\"x\"^^<http://www.w3.org/2001/XMLSchema#string>",
      "1 UNION { ?s ?p ?o }",
      "-1",
      "0",
      "99999999999999999999",
      "1e3",
      "<HTTPS://EXAMPLE.ORG/ERP-SYSTEM>",
      "<urn:sst:graph:erp-accounting> } GRAPH <urn:sst:graph:hughes-2022> {",
      "\u202Eerp-system",
      "erp\u2028system",
      "<http://ex/a\u2028b>");

  /** Text that must never reach the store as part of a query. */
  private static final List<String> NEVER_IN_A_QUERY = List.of("DROP", "1=1", "passwd", "javascript", "a b>",
      "UNION { ?s ?p ?o }", "GRAPH ?g", "_:b0", "$case", "#");

  /** An IRI as SPARQL writes it: a value may be bound as one, so its text may appear there and only there. */
  private static final Pattern IRI_TERM =
      Pattern.compile("<[^<>\"{}|^`\\\\\\x00-\\x20]*>");

  @TempDir
  static Path tempDir;

  private static FusekiServer fuseki;
  private static final Map<String, SstStore> STORES = new LinkedHashMap<>();

  @BeforeAll
  static void openStores() {
    List<Case> cases = List.of(ErpStudy.build(), StoreCases.reference());
    STORES.put("memory", SstStore.memory());
    STORES.put("tdb2", SstStore.tdb2(tempDir.resolve("tdb2")));
    fuseki = LoopbackFuseki.server(DatabaseMgr.createDatasetGraph()).build().start();
    STORES.put("fuseki", SstStore.remote("http://localhost:" + fuseki.getPort() + "/ds"));
    STORES.values().forEach(store -> store.putAll(cases));
  }

  @AfterAll
  static void closeStores() {
    STORES.values().forEach(SstStore::close);
    STORES.clear();
    if (fuseki != null) {
      fuseki.stop();
    }
  }

  // ------------------------------------------------------------------------------------------------ raw form

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2", "fuseki"})
  void everyParameterOfEveryQueryRefusesHostileValuesOrMatchesNothing(String backEnd) {
    RecordingStore store = new RecordingStore(STORES.get(backEnd));
    DatasetGraph before = store.snapshot();
    SstQueries queries = SstQueries.on(store);
    Outcomes outcomes = new Outcomes();
    for (String name : SstQueries.names()) {
      for (String parameter : SstQueries.parameters(name).keySet()) {
        for (String value : HOSTILE) {
          if (parameter.equals("case") && value.equals(HUGHES_ID)) {
            continue;   // a case the store holds: not hostile as a case (see anIdOrIriOfAnotherCase...)
          }
          if (parameter.equals("depth") && value.equals("0")) {
            continue;   // a depth of 0 hops is the position-practice alone: a valid value
          }
          Map<String, String> params = validParameters(name, parameter);
          params.put(parameter, value);
          String where = backEnd + " " + name + " " + parameter + "=" + shorten(value);
          outcomes.expect(where, parameter, value, () -> queries.run(name, params).rows());
        }
      }
    }
    // Both outcomes happen: most values are refused, some (the case's own node) are plain values matching nothing.
    assertTrue(outcomes.refused > 500, "refused " + outcomes.refused);
    assertTrue(outcomes.matchedNothing > 0, "matched nothing " + outcomes.matchedNothing);
    store.assertUnchangedSince(before, backEnd);
  }

  /**
   * Parameters that name real elements of the ERP case, so that the only thing wrong in a run is the value under
   * test; the case is the ERP case unless the parameter under test is {@code case}.
   */
  private static Map<String, String> validParameters(String name, String parameter) {
    Map<String, String> params = new HashMap<>();
    params.put("case", ERP_ID);
    switch (name) {
      case "chain" -> {
        params.put("from", ErpStudy.MANDATE);
        params.put("to", ErpStudy.ACCOUNTANT_POST);
      }
      case "quadripartite", "forces" -> params.put("cycle", ErpStudy.CLOSE);
      case "network" -> params.put("around", ErpStudy.ACCOUNTANT_POST);
      case "interpretations" -> params.put("about", ErpStudy.ERP);
      case "evidence" -> {
        if (Set.of("from", "to", "limit", "maxLength").contains(parameter)) {
          params.put("from", ErpStudy.MANDATE);
          params.put("to", ErpStudy.ACCOUNTANT_POST);
        } else {
          params.put("element", ErpStudy.TEMPLATES);
        }
      }
      default -> { }
    }
    // With these parameters the query answers: a hostile value is what makes the difference.
    return params;
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2", "fuseki"})
  void theValidParametersAnswerSoAnEmptyAnswerMeansTheHostileValueMatchedNothing(String backEnd) {
    SstQueries queries = SstQueries.on(STORES.get(backEnd));
    for (String name : SstQueries.names()) {
      for (String parameter : SstQueries.parameters(name).keySet()) {
        QueryTable table = queries.run(name, validParameters(name, parameter));
        assertFalse(table.isEmpty(), backEnd + " " + name + " (for " + parameter + ")");
        assertEquals(Set.of(ERP_ID), Set.copyOf(table.column("case")), backEnd + " " + name);
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ typed form

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2", "fuseki"})
  void everyTypedMethodRefusesHostileValuesOrMatchesNothing(String backEnd) {
    RecordingStore store = new RecordingStore(STORES.get(backEnd));
    DatasetGraph before = store.snapshot();
    SstQueries all = SstQueries.on(store);
    SstQueries erp = all.inCase(ERP_ID);
    Outcomes outcomes = new Outcomes();
    for (String v : HOSTILE) {
      String at = backEnd + " value=" + shorten(v) + " ";
      outcomes.expect(at + "chain from", "from", v, () -> erp.chain(v, ErpStudy.ACCOUNTANT_POST));
      outcomes.expect(at + "chain to", "to", v, () -> erp.chain(ErpStudy.MANDATE, v));
      outcomes.expect(at + "chain from 3 8", "from", v, () -> erp.chain(v, ErpStudy.ACCOUNTANT_POST, 3, 8));
      outcomes.expect(at + "quadripartite", "cycle", v, () -> erp.quadripartite(v));
      outcomes.expect(at + "forces", "cycle", v, () -> erp.forces(v));
      outcomes.expect(at + "network", "around", v, () -> erp.network(v, 2).relations());
      outcomes.expect(at + "interpretations", "about", v, () -> erp.interpretations(v));
      outcomes.expect(at + "evidence", "element", v, () -> erp.evidence(v));
      outcomes.expect(at + "evidenceForChain from", "from", v,
          () -> erp.evidenceForChain(v, ErpStudy.ACCOUNTANT_POST));
      outcomes.expect(at + "evidenceForChain to", "to", v, () -> erp.evidenceForChain(ErpStudy.MANDATE, v));
      if (!v.equals(HUGHES_ID)) {
        SstQueries inCase = all.inCase(v);
        outcomes.expect(at + "inCase field", "case", v, () -> inCase.field().cycles());
        outcomes.expect(at + "inCase feedback", "case", v, inCase::feedback);
        outcomes.expect(at + "inCase unavailable", "case", v, inCase::unavailable);
        outcomes.expect(at + "inCase interpretations", "case", v, inCase::interpretations);
        outcomes.expect(at + "inCase factors", "case", v, inCase::factors);
        outcomes.expect(at + "inCase forces", "case", v, inCase::forces);
        outcomes.expect(at + "inCase network", "case", v, () -> inCase.network(ErpStudy.ACCOUNTANT_POST, 1).relations());
        outcomes.expect(at + "inCase chain", "case", v,
            () -> inCase.chain(ErpStudy.MANDATE, ErpStudy.ACCOUNTANT_POST));
        outcomes.expect(at + "inCase quadripartite", "case", v, () -> inCase.quadripartite(ErpStudy.CLOSE));
        outcomes.expect(at + "inCase evidence", "case", v, () -> inCase.evidence(ErpStudy.TEMPLATES));
      }
    }
    assertTrue(outcomes.refused > 500, "refused " + outcomes.refused);
    assertTrue(outcomes.matchedNothing > 0, "matched nothing " + outcomes.matchedNothing);
    store.assertUnchangedSince(before, backEnd);
  }

  // ------------------------------------------------------------------------------------------------ other cases

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2", "fuseki"})
  void anIdOrIriOfAnotherCaseNeverGivesThatCasesRows(String backEnd) {
    SstQueries all = SstQueries.on(STORES.get(backEnd));
    // The ERP case asked about the reference case's elements, by id and by IRI, and the other way round.
    Map<String, List<String>> foreign = Map.of(
        ERP_ID, List.of("admission-avoidance-policy", "<" + HUGHES_BASE + "admission-avoidance-policy>"),
        HUGHES_ID, List.of(ErpStudy.MANDATE, "<" + ErpStudy.BASE + ErpStudy.MANDATE + ">"));
    Map<String, String> cycles = Map.of(ERP_ID, "fall-morning", HUGHES_ID, ErpStudy.CLOSE);
    Map<String, String> targets = Map.of(ERP_ID, ErpStudy.ACCOUNTANT_POST, HUGHES_ID, "alf-at-home");
    foreign.forEach((caseId, values) -> {
      SstQueries q = all.inCase(caseId);
      for (String v : values) {
        String at = backEnd + " case " + caseId + " value " + v;
        assertRefused(at, "from", v, () -> q.chain(v, targets.get(caseId)));
        assertRefused(at, "to", v, () -> q.chain(caseId.equals(ERP_ID) ? ErpStudy.MANDATE : "ic-policy", v));
        assertRefused(at, "about", v, () -> q.interpretations(v));
        assertRefused(at, "element", v, () -> q.evidence(v));
        assertRefused(at, "around", v, () -> q.network(v, 1));
        assertRefused(at, "from", v, () -> q.run("chain", Map.of("from", v, "to", targets.get(caseId))));
        assertRefused(at, "element", v, () -> q.run("evidence", Map.of("element", v)));
      }
      assertRefused(backEnd + " case " + caseId, "cycle", cycles.get(caseId),
          () -> q.quadripartite(cycles.get(caseId)));
      assertRefused(backEnd + " case " + caseId, "cycle", cycles.get(caseId),
          () -> q.forces(cycles.get(caseId)));
      assertRefused(backEnd + " case " + caseId, "element", cycles.get(caseId) + "/x",
          () -> q.evidence(cycles.get(caseId) + "/x"));
    });
    // An instance restricted to one case refuses a run for the other.
    String other = HUGHES_ID;
    assertRefused(backEnd, "case", other, () -> all.inCase(ERP_ID).run("unavailable", Map.of("case", other)));
    // Without a case, an id of one case answers from that case alone.
    assertEquals(Set.of(HUGHES_ID), Set.copyOf(all.run("evidence", Map.of("element", "family-help"))
        .column("case")));
  }

  private static void assertRefused(String at, String parameter, String value, Supplier<?> call) {
    QueryParameterException e = assertThrows(QueryParameterException.class, call::get, at);
    assertEquals(parameter, e.parameter(), at + ": " + e.getMessage());
    assertValueAsGiven(at, value, e);
  }

  /**
   * The exception gives the value as given. Known exception, pinned down on its own by
   * {@link #aRoleEntryThatNamesNothingIsReportedWithTheValueAsGiven}: for a role entry {@code cycle/element}
   * SstQueries reports the part that names nothing; it is tolerated here so that these tests keep checking the rest.
   */
  private static void assertValueAsGiven(String where, String value, QueryParameterException e) {
    int slash = value.indexOf('/');
    boolean rolePart = slash > 0 && !value.startsWith("<")
        && (e.value().equals(value.substring(0, slash)) || e.value().equals(value.substring(slash + 1)));
    if (!rolePart) {
      assertEquals(value, e.value(), where);
    }
  }

  // ------------------------------------------------------------------------------------------------ findings

  /**
   * {@link QueryParameterException#value()} is "the value given, exactly as given"; for a role entry
   * {@code cycle/element} whose cycle or element names nothing, SstQueries reports only that part.
   */
  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2", "fuseki"})
  void aRoleEntryThatNamesNothingIsReportedWithTheValueAsGiven(String backEnd) {
    SstQueries erp = SstQueries.on(STORES.get(backEnd)).inCase(ERP_ID);
    for (String value : List.of("fall-morning/family-help", ErpStudy.CLOSE + "/family-help",
        "fall-morning/" + ErpStudy.TEMPLATES)) {
      QueryParameterException typed = assertThrows(QueryParameterException.class, () -> erp.evidence(value));
      assertEquals("element", typed.parameter(), value);
      assertEquals(value, typed.value(), backEnd + " evidence(" + value + "): " + typed.getMessage());
      QueryParameterException raw = assertThrows(QueryParameterException.class,
          () -> erp.run("evidence", Map.of("element", value)));
      assertEquals(value, raw.value(), backEnd + " run evidence element=" + value + ": " + raw.getMessage());
    }
  }

  /**
   * A malformed {@code limit} or {@code maxLength} of the evidence query is refused whether the query asks about a
   * chain ({@code from}, {@code to}) or about an element: it is not silently dropped while the element's evidence
   * is returned.
   */
  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2", "fuseki"})
  void aMalformedLimitOfTheEvidenceQueryIsRefusedAlsoWithAnElement(String backEnd) {
    SstQueries erp = SstQueries.on(STORES.get(backEnd)).inCase(ERP_ID);
    for (String parameter : List.of("limit", "maxLength")) {
      for (String value : List.of("x\" } ; DROP ALL #", "ten", "0", "-1")) {
        // With a chain, refused:
        assertRefused(backEnd + " chain", parameter, value, () -> erp.run("evidence",
            Map.of("from", ErpStudy.MANDATE, "to", ErpStudy.ACCOUNTANT_POST, parameter, value)));
        // With an element, the same value must not be ignored either.
        assertRefused(backEnd + " element", parameter, value, () -> erp.run("evidence",
            Map.of("element", ErpStudy.TEMPLATES, parameter, value)));
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /** Counts the two allowed outcomes of a call with a hostile value, and fails on anything else. */
  private static final class Outcomes {
    int refused;
    int matchedNothing;

    void expect(String where, String parameter, String value, Supplier<? extends Collection<?>> call) {
      Collection<?> answer;
      try {
        answer = call.get();
      } catch (QueryParameterException e) {
        assertEquals(parameter, e.parameter(), where + ": the exception names another parameter: "
            + shorten(e.getMessage()));
        assertValueAsGiven(where, value, e);
        assertTrue(e.getMessage().contains("'" + parameter + "'"), where + ": the message names the parameter: "
            + shorten(e.getMessage()));
        refused++;
        return;
      } catch (RuntimeException e) {
        fail(where + ": neither refused with a QueryParameterException nor answered, but " + e, e);
        return;
      }
      assertTrue(answer.isEmpty(), where + ": accepted as a plain value, so it must match nothing, but gave "
          + shorten(answer.toString()));
      matchedNothing++;
    }
  }

  private static String shorten(String s) {
    String visible = s.replace("\n", "\\n").replace("\u0000", "\\0");
    return visible.length() <= 120 ? visible : visible.substring(0, 100) + "...(" + s.length() + " characters)";
  }

  /**
   * A store that passes reads to another and records them, and fails any write: the queries may read, never
   * write. Each query it is given, as written for a remote store, must parse as SPARQL 1.1 and hold none of the
   * hostile text.
   */
  private static final class RecordingStore extends ForwardingStore {
    private final List<String> queries = new ArrayList<>();

    RecordingStore(SstStore delegate) {
      super(delegate);
    }

    @Override
    protected synchronized void onQuery(Query given) {
      // What a remote store sends of the query: it must parse as SPARQL 1.1, as the same query.
      String sparql = given.serialize();
      Query query = QueryFactory.create(sparql, Syntax.syntaxSPARQL_11);
      assertEquals(sparql, query.serialize(), "the query parses back as itself: " + shorten(sparql));
      assertTrue(query.isSelectType(), "the named queries only read with SELECT: " + shorten(sparql));
      // Hostile text may reach the store inside an IRI term (a value bound as an RDF term), never outside one.
      String outsideIris = IRI_TERM.matcher(sparql).replaceAll("<>");
      for (String text : NEVER_IN_A_QUERY) {
        assertFalse(outsideIris.contains(text), "a query sent to the store holds '" + text + "' outside an IRI: "
            + shorten(sparql));
      }
      queries.add(sparql);
    }

    void assertUnchangedSince(DatasetGraph before, String backEnd) {
      assertTrue(queries.size() > 100, backEnd + ": only " + queries.size() + " queries reached the store");
      DatasetGraph after = delegate.snapshot();
      Set<Node> names = Iter.toSet(before.listGraphNodes());
      assertEquals(names, Iter.toSet(after.listGraphNodes()), backEnd + ": the case graphs");
      assertEquals(2, names.size(), backEnd);
      for (Node name : names) {
        Graph was = before.getGraph(name);
        Graph is = after.getGraph(name);
        assertEquals(was.size(), is.size(), backEnd + " " + name);
        assertTrue(was.isIsomorphicWith(is), backEnd + ": the graph " + name + " changed");
      }
      assertEquals(List.of(ERP_ID, HUGHES_ID), delegate.caseIds(), backEnd);
    }

    @Override
    public void put(Case c) {
      throw new AssertionError("a query tried to write case " + c.id());
    }

    @Override
    public void putAll(Collection<Case> cases) {
      throw new AssertionError("a query tried to write " + cases.size() + " cases");
    }

    @Override
    public boolean remove(String caseId) {
      throw new AssertionError("a query tried to remove case " + caseId);
    }
  }
}
