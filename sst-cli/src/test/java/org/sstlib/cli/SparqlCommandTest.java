package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.cli.SstRun.sst;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    assertTrue(table.out().contains("(5 rows)"), table.out());

    SstRun csv = sst("sparql", CASE, q, "-f", "csv");
    List<String> lines = csv.out().lines().toList();
    assertEquals("cycle,site", lines.get(0));
    assertEquals(6, lines.size(), csv.out());
    assertTrue(lines.get(1).startsWith("https://w3id.org/sst/examples/hughes-2022/alf-daily-life,"), lines.get(1));

    SstRun json = sst("sparql", CASE, q, "-f", "json");
    assertTrue(json.out().trim().startsWith("["), json.out());
    assertEquals(5, json.out().split("\"cycle\"").length - 1, json.out());
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
    assertTrue(run.out().contains("5"), run.out());
    SstRun update = sst("sparql", CASE, query("i.rq", "INSERT DATA { <urn:a> <urn:b> <urn:c> }"));
    assertEquals(1, update.exitCode());
    assertTrue(update.err().contains("SPARQL Update"), update.err());
  }
}
