package org.sstlib.cli;

import static org.sstlib.cli.SstRun.run;
import static org.sstlib.cli.SstRun.sst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.Case;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.testing.ReferenceCase;
import org.sstlib.rdf.io.RdfFiles;
import org.sstlib.rdf.store.SstStore;
import picocli.CommandLine;

/** {@code sst export}, {@code sst load}, {@code sst serve} and {@code sst validate} on RDF, run in-process. */
class RdfCommandsTest {
  private static final Path REFERENCE_CASE = ReferenceCase.FILE;

  @TempDir Path dir;




  @Test
  void exportToTurtleThenBackToYamlGivesTheSameCase() throws IOException {
    Path ttl = dir.resolve("out/hughes.ttl");
    SstRun toTurtle = sst("export", REFERENCE_CASE.toString(), "-f", "turtle", "-o", ttl.toString());
    assertEquals(0, toTurtle.exitCode(), toTurtle.err());
    assertTrue(Files.readString(ttl).contains("@prefix sst: <https://w3id.org/sst#>"));

    Path yaml = dir.resolve("back.yaml");
    SstRun toYaml = sst("export", ttl.toString(), "-f", "yaml", "-o", yaml.toString());
    assertEquals(0, toYaml.exitCode(), toYaml.err());
    assertEquals(CaseFiles.read(REFERENCE_CASE), CaseFiles.read(yaml));
  }

  @Test
  void turtleExportIsByteIdenticalEachTime() throws IOException {
    Path a = dir.resolve("a.ttl");
    Path b = dir.resolve("b.ttl");
    assertEquals(0, sst("export", REFERENCE_CASE.toString(), "-f", "turtle", "-o", a.toString()).exitCode());
    assertEquals(0, sst("export", REFERENCE_CASE.toString(), "-f", "turtle", "-o", b.toString()).exitCode());
    assertEquals(-1L, Files.mismatch(a, b));
    // An archive is an ordinary file, not a private temporary one.
    if (a.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertTrue(Files.getPosixFilePermissions(a).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ));
    }
  }

  @Test
  void everyRdfFormatValidatesAsTheSameCase() {
    Case reference = CaseFiles.read(REFERENCE_CASE);
    for (String[] f : new String[][] {{"turtle", "ttl"}, {"trig", "trig"}, {"ntriples", "nt"}, {"nquads", "nq"},
        {"jsonld", "jsonld"}}) {
      Path file = dir.resolve("hughes." + f[1]);
      SstRun export = sst("export", REFERENCE_CASE.toString(), "-f", f[0], "-o", file.toString());
      assertEquals(0, export.exitCode(), f[0] + ": " + export.err());
      SstRun validate = sst("validate", file.toString());
      assertEquals(0, validate.exitCode(), f[0] + ": " + validate.err());
      assertTrue(validate.out().contains("valid case 'hughes-2022': 6 cycles"), validate.out());
      assertEquals(List.of(reference), RdfFiles.read(file), f[0]);
    }
  }

  @Test
  void anInvalidCaseWritesNoOutput() throws IOException {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, Files.readString(REFERENCE_CASE).replace("agentInFocus: icm-team", "agentInFocus: x"));
    Path out = dir.resolve("never.ttl");
    SstRun run = sst("export", broken.toString(), "-f", "turtle", "-o", out.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("broken.yaml:"), run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void malformedTurtleIsRefusedWithLineAndColumn() throws IOException {
    Path bad = dir.resolve("bad.ttl");
    Files.writeString(bad, "@prefix sst: <https://w3id.org/sst#> .\n<urn:a> a sst:Case .\n<urn:b> <urn:p> \"x\" \n");
    SstRun run = sst("validate", bad.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("bad.ttl:"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void rdfThatIsNotACaseSaysWhatIsMissing() throws IOException {
    Path foaf = dir.resolve("foaf.ttl");
    Files.writeString(foaf, "<urn:me> <http://xmlns.com/foaf/0.1/name> \"Me\" .\n");
    SstRun run = sst("validate", foaf.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("sst:Case") || run.err().contains("sst#Case"), run.err());
  }

  @Test
  void loadIsAllOrNothingAndExportFromTheStoreHoldsEveryCase() throws IOException {
    Path store = dir.resolve("store");
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "sst: \"1\"\nid: broken\ntitle: t\nagents: [1]\n");
    SstRun refused = sst("load", REFERENCE_CASE.toString(), broken.toString(), "--store", store.toString());
    assertEquals(1, refused.exitCode());
    assertTrue(refused.err().contains("nothing loaded"), refused.err());
    if (Files.isDirectory(store)) {
      try (SstStore s = SstStore.tdb2(store)) {
        assertEquals(List.of(), s.caseIds());
      }
    }

    Path other = dir.resolve("other.yaml");
    Files.writeString(other, Files.readString(REFERENCE_CASE).replace("id: hughes-2022", "id: hughes-copy"));
    SstRun loaded = sst("load", REFERENCE_CASE.toString(), other.toString(), "--store", store.toString());
    assertEquals(0, loaded.exitCode(), loaded.err());
    assertTrue(loaded.out().contains("loaded 2 cases"), loaded.out());

    Path trig = dir.resolve("all.trig");
    SstRun export = sst("export", "--store", store.toString(), "-f", "trig", "-o", trig.toString());
    assertEquals(0, export.exitCode(), export.err());
    assertEquals(2, RdfFiles.read(trig).size());

    SstRun single = sst("export", "--store", store.toString(), "-f", "turtle", "-o", dir.resolve("x.ttl").toString());
    assertEquals(1, single.exitCode());
    assertTrue(single.err().contains("--case"), single.err());
  }

  @Test
  void serveAnswersSparqlOnLoopbackAndRefusesUpdateByDefault() throws Exception {
    Path store = dir.resolve("store");
    assertEquals(0, sst("load", REFERENCE_CASE.toString(), "--store", store.toString()).exitCode());
    ServeCommand serve = new ServeCommand();
    CommandLine commandLine = new CommandLine(serve);
    StringWriter out = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(new StringWriter(), true));
    Thread thread = new Thread(() -> commandLine.execute("--store", store.toString(), "--port", "0"));
    thread.setDaemon(true);
    thread.start();
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (serve.server == null && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertTrue(serve.server != null, "the server did not start");
      int port = serve.server.port();
      HttpClient http = HttpClient.newHttpClient();
      String query = "PREFIX sst: <https://w3id.org/sst#> SELECT (COUNT(?c) AS ?n) WHERE { ?c a sst:Cycle }";
      HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
              + "/sst/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
          .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, answer.statusCode(), answer.body());
      assertTrue(answer.body().contains("\"6\""), answer.body());
      assertTrue(out.toString().contains("http://127.0.0.1:" + port + "/sst/sparql"), out.toString());

      HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
              + "/sst/update"))
          .header("Content-Type", "application/sparql-update")
          .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(), HttpResponse.BodyHandlers.ofString());
      assertTrue(update.statusCode() >= 400, "update accepted: " + update.statusCode());
      HttpResponse<String> admin = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
          + "/$/datasets")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(404, admin.statusCode());
    } finally {
      if (serve.server != null) {
        serve.server.close();
      }
      thread.join(10_000);
    }
  }
}
