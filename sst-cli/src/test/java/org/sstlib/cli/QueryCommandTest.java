package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.cli.SstRun.sst;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sstlib.core.testing.ReferenceCase;
import org.sstlib.rdf.store.WebPageServer;

/** {@code sst query}: its timeout, its parameters, and what it says about an answer it shortens. */
class QueryCommandTest {
  private static final String CASE = ReferenceCase.FILE.toString();

  @Test
  void anEndpointThatNeverAnswersIsGivenUpOnAfterTheTimeout() throws Exception {
    // The kernel accepts the connection into the backlog of a socket nobody reads: the request goes out and no
    // answer ever comes, as from a hung server.
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String url = "http://127.0.0.1:" + silent.getLocalPort() + "/ds";
      SstRun run = sst("query", "--endpoint", url, "factors", "--timeout", "1");
      assertEquals(1, run.exitCode(), run.err());
      assertEquals(url + ": the query ran longer than 1 s and was stopped (raise --timeout; a SPARQL endpoint that"
          + " never answers also ends here)", run.err().strip());
      assertEquals("", run.out());
    }
  }

  @Test
  void aTimeoutBelowOneSecondIsBadUsage() {
    for (String timeout : new String[] {"0", "-1"}) {
      SstRun run = sst("query", CASE, "factors", "--timeout", timeout);
      assertEquals(2, run.exitCode(), run.err());
      assertTrue(run.err().contains("--timeout must be a whole number of seconds from 1, not " + timeout),
          run.err());
    }
  }

  @Test
  void aParameterGivenTwiceIsRefused() {
    SstRun run = sst("query", CASE, "quadripartite", "--param", "cycle=icm-meeting", "--param", "cycle=fall-morning");
    assertEquals(2, run.exitCode(), run.out());
    assertTrue(run.err().contains("--param cycle is given twice ('icm-meeting' and 'fall-morning'): give each "
        + "parameter once"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void aParameterWithoutAValueIsRefused() {
    SstRun run = sst("query", CASE, "quadripartite", "--param", "icm-meeting");
    assertEquals(2, run.exitCode(), run.out());
    assertTrue(run.err().contains("--param 'icm-meeting' is not NAME=VALUE"), run.err());
  }

  @Test
  void aChainToAnAgentIsBadUsageThatSaysWhatATargetCanBe() {
    SstRun run = sst("query", CASE, "chain", "--param", "from=admission-avoidance-policy", "--param", "to=alf");
    assertEquals(2, run.exitCode(), run.out());
    assertTrue(run.err().contains("parameter 'to': 'alf' is an agent in case(s) hughes-2022, and never on the "
        + "chain of structuration: a chain starts and ends at a structure, an event, a position-practice or the "
        + "agency of a cycle"), run.err());
    SstRun fromACycle = sst("query", CASE, "chain", "--param", "from=icm-meeting", "--param", "to=alf-at-home");
    assertEquals(2, fromACycle.exitCode(), fromACycle.out());
    assertTrue(fromACycle.err().contains("parameter 'from': 'icm-meeting' is a cycle"), fromACycle.err());
  }

  @Test
  void aChainThatShowsFewerPathsThanItFoundSaysHowMany() {
    SstRun run = sst("query", CASE, "chain", "--param", "from=admission-avoidance-policy", "--param",
        "to=alf-at-home", "-f", "csv");
    assertEquals(0, run.exitCode(), run.err());
    String note = run.err().strip();
    assertTrue(note.matches("10 of [0-9]+ paths shown; --param limit=N shows more \\(up to 10000\\)"), note);
    int found = Integer.parseInt(note.split(" ")[2]);
    assertTrue(found > 10, note);
    // With the limit at the count, every path is shown and nothing more is said.
    SstRun all = sst("query", CASE, "chain", "--param", "from=admission-avoidance-policy", "--param",
        "to=alf-at-home", "--param", "limit=" + found, "-f", "csv");
    assertEquals(0, all.exitCode(), all.err());
    assertEquals("", all.err());
    assertEquals(found, all.out().lines().skip(1).map(line -> line.split(",")[1]).distinct().count());
  }

  @Test
  void aCaseWhoseBaseMakesAnElementTheCaseResourceIsInvalidInput() {
    String file = Path.of("..", "sst-rdf", "src", "test", "resources", "org", "sstlib", "rdf", "hostile",
        "base-is-case-iri.yaml").toString();
    SstRun run = sst("query", file, "factors");
    assertEquals(1, run.exitCode(), run.err());
    assertEquals(file + ": case 'small': the IRI <urn:sst:case:small> of 'small' (base + id) is the IRI of the case"
        + " resource; choose another base", run.err().strip());
  }

  @Test
  void anEndpointThatAnswersAWebPageIsInvalidInputNamingTheContentType() throws Exception {
    // A web server, not a SPARQL endpoint: every request gets 200 and an HTML page.
    try (WebPageServer web = WebPageServer.start("text/html")) {
      String url = web.url("/");
      SstRun run = sst("query", "--endpoint", url, "factors");
      assertEquals(1, run.exitCode(), run.err());
      assertEquals(url + ": the SPARQL endpoint " + url + " answered with content type text/html when asked to "
          + "answer the query: this URL does not look like a SPARQL endpoint; give the dataset's SPARQL URL, such "
          + "as http://localhost:3030/sst", run.err().strip());
    }
  }

  @Test
  void aLabelThatASpreadsheetWouldRunIsWrittenAsTextUnlessCsvRaw() throws Exception {
    String file = Path.of(QueryCommandTest.class.getResource("hostile/formula-label.yaml").toURI()).toString();
    String[] ask = {"query", file, "quadripartite", "--param", "cycle=home-visit", "-f", "csv"};

    SstRun protectedRun = sst(ask);
    assertEquals(0, protectedRun.exitCode(), protectedRun.err());
    assertTrue(protectedRun.out().contains(",key-safe,\"'=HYPERLINK("), protectedRun.out());

    String[] raw = java.util.Arrays.copyOf(ask, ask.length + 1);
    raw[ask.length] = "--csv-raw";
    SstRun rawRun = sst(raw);
    assertEquals(0, rawRun.exitCode(), rawRun.err());
    assertTrue(rawRun.out().contains(",key-safe,\"=HYPERLINK("), rawRun.out());
  }
}
