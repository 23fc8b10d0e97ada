package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.cli.SstRun.sst;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.testing.ReferenceCase;

/** {@code sst sparql}: a researcher's own query, run in-process. */
class SparqlCommandTest {
  private static final String CASE = ReferenceCase.FILE.toString();
  private static final String CYCLES = """
      PREFIX sst: <https://w3id.org/sst#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT ?cycle ?site WHERE { ?cycle a sst:Cycle ; sst:site ?site } ORDER BY ?cycle
      """;

  @TempDir Path dir;

  private String query(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text).toString();
  }

  @Test
  void selectPrintsATableCsvAndJson() throws IOException {
    String q = query("cycles.rq", CYCLES);
    SstRun table = sst("sparql", CASE, q);
    assertEquals(0, table.exitCode(), table.err());
    assertTrue(table.out().startsWith("cycle"), table.out());
    assertTrue(table.out().contains("(6 rows)"), table.out());

    SstRun csv = sst("sparql", CASE, q, "-f", "csv");
    List<String> lines = csv.out().lines().toList();
    assertEquals("cycle,site", lines.get(0));
    assertEquals(7, lines.size(), csv.out());
    assertTrue(lines.get(1).startsWith("https://w3id.org/sst/examples/hughes-2022/alf-daily-life,"), lines.get(1));

    SstRun json = sst("sparql", CASE, q, "-f", "json");
    assertTrue(json.out().trim().startsWith("["), json.out());
    assertEquals(6, json.out().split("\"cycle\"").length - 1, json.out());
  }

  @Test
  void plainChainStepPathsWorkWithoutInference() throws IOException {
    String q = query("reach.rq", """
        PREFIX sst: <https://w3id.org/sst#>
        PREFIX ex: <https://w3id.org/sst/examples/hughes-2022/>
        ASK { ex:admission-avoidance-policy sst:chainStep+ ex:alf-at-home }
        """);
    SstRun run = sst("sparql", CASE, q);
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("true", run.out().trim());
  }

  @Test
  void constructPrintsTurtle() throws IOException {
    String q = query("c.rq", """
        PREFIX sst: <https://w3id.org/sst#>
        CONSTRUCT { ?c a sst:Cycle } WHERE { ?c a sst:Cycle }
        """);
    SstRun run = sst("sparql", CASE, q);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Cycle"), run.out());
  }

  @Test
  void describePrintsTheResourceAsTurtleOrAsNTriples() throws IOException {
    String q = query("d.rq", "DESCRIBE <https://w3id.org/sst/examples/hughes-2022/alf>");
    SstRun turtle = sst("sparql", CASE, q);
    assertEquals(0, turtle.exitCode(), turtle.err());
    Graph parsed = RDFParser.fromString(turtle.out(), Lang.TURTLE).toGraph();
    Node alf = NodeFactory.createURI("https://w3id.org/sst/examples/hughes-2022/alf");
    assertTrue(parsed.contains(alf, RDFS.label.asNode(), Node.ANY), turtle.out());
    assertTrue(parsed.find(Node.ANY, Node.ANY, Node.ANY).toList().stream().allMatch(t -> t.getSubject().equals(alf)
        || t.getSubject().isBlank()), "only what describes alf: " + turtle.out());

    SstRun ntriples = sst("sparql", CASE, q, "-f", "ntriples");
    assertEquals(0, ntriples.exitCode(), ntriples.err());
    List<String> lines = ntriples.out().lines().filter(l -> !l.isBlank()).toList();
    assertEquals(parsed.size(), lines.size(), ntriples.out());
    assertTrue(lines.stream().allMatch(l -> l.startsWith("<") && l.endsWith(" .")), ntriples.out());
    assertTrue(parsed.isIsomorphicWith(RDFParser.fromString(ntriples.out(), Lang.NTRIPLES).toGraph()));

    SstRun nothing = sst("sparql", CASE, query("n.rq", "DESCRIBE <urn:x:nothing>"));
    assertEquals(0, nothing.exitCode(), nothing.err());
    assertTrue(RDFParser.fromString(nothing.out(), Lang.TURTLE).toGraph().isEmpty(), nothing.out());
  }

  @Test
  void constructPrintsNTriplesWhenAsked() throws IOException {
    String q = query("c.rq", "CONSTRUCT { ?c a sst:Cycle } WHERE { ?c a sst:Cycle }");
    SstRun run = sst("sparql", CASE, q, "-f", "ntriples");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(6, run.out().lines().filter(l -> l.endsWith("<https://w3id.org/sst#Cycle> .")).count(), run.out());
  }

  @Test
  void aFormatForTheOtherKindOfAnswerIsBadUsage() throws IOException {
    SstRun select = sst("sparql", CASE, query("cycles.rq", CYCLES), "-f", "turtle");
    assertEquals(2, select.exitCode(), select.out());
    assertTrue(select.err().contains("-f turtle is for CONSTRUCT and DESCRIBE"), select.err());
    SstRun ask = sst("sparql", CASE, query("a.rq", "ASK { ?s ?p ?o }"), "-f", "ntriples");
    assertEquals(2, ask.exitCode(), ask.out());
    SstRun describe = sst("sparql", CASE, query("d.rq", "DESCRIBE <urn:x:a>"), "-f", "csv");
    assertEquals(2, describe.exitCode(), describe.out());
    assertTrue(describe.err().contains("-f csv is for SELECT; a DESCRIBE prints turtle"), describe.err());
    assertEquals(2, sst("sparql", CASE, query("cycles.rq", CYCLES), "--timeout", "0").exitCode());
    SstRun negative = sst("sparql", CASE, query("cycles.rq", CYCLES), "--timeout=-1");
    assertEquals(2, negative.exitCode(), negative.err());
    assertTrue(negative.err().startsWith("--timeout must be a whole number of seconds from 1, not -1"),
        negative.err());
  }

  /**
   * A query that would run for hours (a three-way cross product of the case's triples, counted) given one second
   * is stopped: the command says so and exits 1, and nothing of the query goes on running afterwards (no thread
   * is left evaluating it, as one would be if the command had only stopped waiting).
   */
  @Test
  void aQueryThatRunsLongerThanTheTimeoutIsStopped() throws Exception {
    String q = query("cross.rq", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }");
    Path store = dir.resolve("store");
    assertEquals(0, sst("load", CASE, "--store", store.toString()).exitCode());
    for (List<String> source : List.of(List.of(CASE), List.of("--store", store.toString()))) {
      List<String> args = new ArrayList<>(List.of("sparql"));
      args.addAll(source);
      args.addAll(List.of(q, "--timeout", "1"));
      long start = System.nanoTime();
      SstRun run = sst(args.toArray(String[]::new));
      long seconds = (System.nanoTime() - start) / 1_000_000_000L;
      assertEquals(1, run.exitCode(), source + ": " + run.out());
      assertTrue(run.err().contains("cross.rq: the query ran longer than 1 s and was stopped (raise --timeout"),
          source + ": " + run.err());
      assertEquals("", run.out());
      assertTrue(seconds < 60, source + ": stopped after " + seconds + " s");
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      List<String> evaluating = evaluatingThreads();
      while (!evaluating.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(100);
        evaluating = evaluatingThreads();
      }
      assertEquals(List.of(), evaluating, source + ": threads still evaluating a query");
    }
    // The store was let go: it opens again at once, and answers.
    SstRun again = sst("sparql", "--store", store.toString(), query("n.rq", "ASK { ?s a sst:Cycle }"));
    assertEquals(0, again.exitCode(), again.err());
    assertEquals("true", again.out().trim());
  }

  /** The threads, other than this one, that are inside Jena's query engine. */
  private static List<String> evaluatingThreads() {
    List<String> names = new ArrayList<>();
    Thread.getAllStackTraces().forEach((thread, frames) -> {
      if (thread != Thread.currentThread() && Arrays.stream(frames)
          .anyMatch(f -> f.getClassName().startsWith("org.apache.jena.sparql.engine."))) {
        names.add(thread.getName());
      }
    });
    return names;
  }

  @Test
  void aQueryThatDoesNotParseIsRefusedWithItsPlace() throws IOException {
    SstRun run = sst("sparql", CASE, query("bad.rq", "SELECT * WHERE { ?s ?p }"));
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("bad.rq: the query does not parse") && run.err().contains("line 1"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void updatesAndServiceCallsAreRefused() throws IOException {
    SstRun update = sst("sparql", CASE, query("u.rq", "DELETE WHERE { ?s ?p ?o }"));
    assertEquals(1, update.exitCode(), update.out());
    SstRun service = sst("sparql", CASE, query("s.rq",
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"));
    assertEquals(1, service.exitCode(), service.out());
    assertTrue(service.err().contains("SERVICE"), service.err());
  }

  @Test
  void badUsageIsExitTwo() throws IOException {
    String q = query("cycles.rq", CYCLES);
    assertEquals(2, sst("sparql", q).exitCode());
    assertEquals(2, sst("sparql", "--store", dir.toString(), "--endpoint", "http://127.0.0.1:9/x", q).exitCode());
    assertEquals(2, sst("sparql", CASE, q, "-f", "xml").exitCode());
  }

  @Test
  void theUsualPrefixesAreDeclaredAndUpdatesAreNamedAsSuch() throws IOException {
    SstRun run = sst("sparql", CASE, query("p.rq", "SELECT (COUNT(?c) AS ?n) WHERE { ?c a sst:Cycle }"));
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("6"), run.out());
    SstRun update = sst("sparql", CASE, query("i.rq", "INSERT DATA { <urn:a> <urn:b> <urn:c> }"));
    assertEquals(1, update.exitCode());
    assertTrue(update.err().contains("SPARQL Update"), update.err());
  }

  @Test
  void aFileWithoutAQueryIsCalledEmptyNotAnUpdate() throws Exception {
    List<Path> files = new ArrayList<>();
    files.add(Files.writeString(dir.resolve("empty.rq"), ""));          // an empty file: no comment can say so
    files.add(Files.writeString(dir.resolve("blank.rq"), "  \n\t\n"));  // whitespace only
    for (String name : List.of("comment-only.rq", "prologue-only.rq")) {
      files.add(Path.of(SparqlCommandTest.class.getResource("hostile/" + name).toURI()));
    }
    for (Path file : files) {
      SstRun run = sst("sparql", CASE, file.toString());

      assertEquals(1, run.exitCode(), file + ": " + run.err());
      assertEquals(List.of(file + ": the file holds no query (it is empty, or only comments and PREFIX lines);"
          + " write a SELECT, ASK, CONSTRUCT or DESCRIBE query"), run.errLines());
    }
  }

  /** DESCRIBE, which the help promises, is answered the same from a file, a store and an endpoint. */
  @Test
  void describeIsAnsweredFromAFileAStoreAndAnEndpoint() throws IOException {
    String q = query("d.rq", "DESCRIBE <https://w3id.org/sst/examples/hughes-2022/alf>");
    Path store = dir.resolve("store");
    assertEquals(0, sst("load", CASE, "--store", store.toString()).exitCode());
    SstRun fromFile = sst("sparql", CASE, q);
    SstRun fromStore = sst("sparql", "--store", store.toString(), q);
    DatasetGraph dataset = TDB2Factory.connectDataset(store.toString()).asDatasetGraph();
    dataset.getContext().set(TDB2.symUnionDefaultGraph, true);   // as sst serve sets it
    FusekiServer server = FusekiServer.create().loopback(true).port(0).add("/sst", dataset, false).build().start();
    SstRun fromEndpoint;
    try {
      fromEndpoint = sst("sparql", "--endpoint", "http://127.0.0.1:" + server.getPort() + "/sst", q);
    } finally {
      server.stop();
    }

    Graph expected = RDFParser.fromString(fromFile.out(), Lang.TURTLE).toGraph();
    Node alf = NodeFactory.createURI("https://w3id.org/sst/examples/hughes-2022/alf");
    assertTrue(expected.contains(alf, RDFS.label.asNode(), Node.ANY), fromFile.out());
    for (SstRun run : List.of(fromFile, fromStore, fromEndpoint)) {
      assertEquals(0, run.exitCode(), run.err());
      assertTrue(expected.isIsomorphicWith(RDFParser.fromString(run.out(), Lang.TURTLE).toGraph()), run.out());
    }
  }
}
