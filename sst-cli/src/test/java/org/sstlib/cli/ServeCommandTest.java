package org.sstlib.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.server.SstServer;
import org.sstlib.server.testing.RawHttp;
import org.sstlib.server.testing.ReferenceStore;
import picocli.CommandLine;

/**
 * {@code sst serve} started through the command line, in-process on a free port, with each of its protections
 * checked over real HTTP; then stopped as Ctrl-C stops it, exiting 0.
 */
class ServeCommandTest {
  @TempDir Path dir;

  /** {@code sst serve} running in a thread of this test: its command, its exit code to come, and its output. */
  private record Serving(ServeCommand command, CompletableFuture<Integer> exit, StringWriter out, StringWriter err) {
    SstServer server() throws Exception {
      return command.started.get(60, TimeUnit.SECONDS);
    }

    int stop() throws Exception {
      command.stop();
      return exit.get(60, TimeUnit.SECONDS);
    }
  }

  private static Serving serve(String... args) {
    CommandLine commandLine = Main.commandLine();
    ServeCommand command = (ServeCommand) commandLine.getSubcommands().get("serve").getCommand();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> commandLine.execute(args));
    return new Serving(command, exit, out, err);
  }

  @Test
  void eachProtectionHoldsAndCtrlCStopsWithExitZero() throws Exception {
    Path store = ReferenceStore.in(dir);
    Serving serving = serve("serve", "--store", store.toString(), "--port", "0", "--update", "--timeout", "1",
        "--max-query-bytes", "4096");
    SstServer server = serving.server();
    RawHttp http = new RawHttp(server.port());

    RawHttp.Answer endless = http.post("/sst/sparql?timeout=3600", "application/sparql-query",
        ReferenceStore.hostile("endless-cross-product.rq"));
    RawHttp.Answer tooLarge = http.sendChunked(
        http.head("POST", "/sst/sparql", "Content-Type: application/sparql-query\r\n"),
        ("ASK {}\n#" + "x".repeat(5000)).getBytes(UTF_8));
    RawHttp.Answer crossSite = http.send(http.head("POST", "/sst/update",
        "Content-Type: application/x-www-form-urlencoded\r\nOrigin: http://evil.example\r\n"),
        "update=DROP+ALL".getBytes(UTF_8)); // a form body has no comment syntax: the hostile form is written here
    RawHttp.Answer rebound = http.send("GET /sst/sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: rebind.evil.example:"
        + server.port() + "\r\nConnection: close\r\n", new byte[0]);
    RawHttp.Answer load = http.post("/sst/update", "application/sparql-update",
        ReferenceStore.hostile("load-local-file.ru"));
    RawHttp.Answer stillThere = http.post("/sst/sparql", "application/sparql-query",
        "ASK { GRAPH <urn:sst:graph:hughes-2022> { ?s ?p ?o } }");

    assertEquals(503, endless.status(), endless.body());
    assertEquals(413, tooLarge.status(), tooLarge.body());
    assertEquals(403, crossSite.status(), crossSite.body());
    assertEquals(403, rebound.status(), rebound.body());
    assertEquals(400, load.status(), load.body());
    assertFalse(load.body().contains("root"), load.body());
    assertTrue(stillThere.body().contains("true"), stillThere.body());
    assertEquals(ExitCodes.OK, serving.stop());
    assertEquals("serving " + store + " at http://127.0.0.1:" + server.port() + "/sst/sparql (query and update at"
        + " http://127.0.0.1:" + server.port() + "/sst/update); stop with Ctrl-C\n", serving.out().toString());
  }

  @Test
  void aPortInUseIsExitOneWithAClearMessage() throws Exception {
    Path store = ReferenceStore.in(dir);
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();

      SstRun run = SstRun.sst("serve", "--store", store.toString(), "--port", "" + port);

      assertEquals(ExitCodes.INVALID, run.exitCode(), run.err());
      assertEquals("port " + port + " on 127.0.0.1 cannot be opened: it is in use by another program (or this user"
          + " may not open it); choose another with --port N (0 picks a free one)", run.err().strip());
    }
  }

  @Test
  void badServerOptionsAreUsageErrors() throws Exception {
    Path store = ReferenceStore.in(dir);

    SstRun timeout = SstRun.sst("serve", "--store", store.toString(), "--timeout", "0");
    SstRun limit = SstRun.sst("serve", "--store", store.toString(), "--max-query-bytes", "-1");
    SstRun load = SstRun.sst("serve", "--store", store.toString(), "--allow-load");
    SstRun host = SstRun.sst("serve", "--store", store.toString(), "--allow-host", "evil.example:80");

    assertEquals(ExitCodes.USAGE, timeout.exitCode());
    assertTrue(timeout.err().startsWith("--timeout must be a whole number of seconds from 1, not 0"), timeout.err());
    assertEquals(ExitCodes.USAGE, limit.exitCode());
    assertTrue(limit.err().startsWith("--max-query-bytes must be a number of bytes from 1, not -1"), limit.err());
    assertEquals(ExitCodes.USAGE, load.exitCode());
    assertTrue(load.err().startsWith("--allow-load is about updates: give --update too"), load.err());
    assertEquals(ExitCodes.USAGE, host.exitCode());
    assertTrue(host.err().startsWith("--allow-host: allowed host 'evil.example:80' is not a host name"), host.err());
  }
}
