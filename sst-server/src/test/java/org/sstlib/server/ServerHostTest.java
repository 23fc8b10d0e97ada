package org.sstlib.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sstlib.server.testing.RawHttp;
import org.sstlib.server.testing.ReferenceStore;

/**
 * A request naming another host in its Host header (what a page using DNS rebinding sends) is refused; the
 * loopback names, with or without a port, and the names allowed by the builder are answered.
 */
class ServerHostTest {
  private static final String ASK = "/sst/sparql?query=ASK%7B%7D";

  @TempDir static Path dir;
  private static SstServer server;
  private static RawHttp http;

  @BeforeAll
  static void start() {
    server = SstServer.builder(ReferenceStore.in(dir)).port(0).allowHost("sst.lab.example").start();
    http = new RawHttp(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static RawHttp.Answer getWithHost(String hostLines) throws Exception {
    return http.send("GET " + ASK + " HTTP/1.1\r\n" + hostLines + "Connection: close\r\n", new byte[0]);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rebind.evil.example", "rebind.evil.example:PORT", "192.0.2.7:PORT", "localhost.evil.example",
      "[::2]:PORT", "127.0.0.1.evil.example"})
  void aForeignHostIsRefused(String host) throws Exception {
    RawHttp.Answer answer = getWithHost("Host: " + host.replace("PORT", "" + server.port()) + "\r\n");

    assertEquals(403, answer.status(), answer.body());
    assertTrue(answer.firstLine().startsWith("refused: this server does not answer for the host '"),
        answer.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "localhost:PORT", "LocalHost:PORT", "127.0.0.1", "127.0.0.1:PORT", "[::1]",
      "[::1]:PORT", "sst.lab.example:PORT", "localhost:8080"})
  void aLoopbackOrAllowedHostIsAnswered(String host) throws Exception {
    RawHttp.Answer answer = getWithHost("Host: " + host.replace("PORT", "" + server.port()) + "\r\n");

    assertEquals(200, answer.status(), answer.body());
  }

  @Test
  void aRequestWithoutHostIsRefused() throws Exception {
    RawHttp.Answer answer = http.send("GET " + ASK + " HTTP/1.0\r\n", new byte[0]);

    assertEquals(403, answer.status(), answer.body());
    assertEquals("refused: the request has no Host header", answer.firstLine());
  }

  @Test
  void aHostWithControlCharactersIsQuotedEscaped() {
    HostFilter filter = new HostFilter(ImmutableSet.of("localhost"), false);

    String reason = filter.check(List.of("evil\u001b[2J.example")).orElseThrow().reason();

    assertTrue(reason.contains("'evil\\u001b[2J.example'"), reason);
  }

  @Test
  void onEveryInterfaceAnyIpAddressIsAnsweredButNotAForeignName() {
    HostFilter filter = new HostFilter(ImmutableSet.of("localhost", "127.0.0.1", "[::1]", "sst.lab.example"), true);

    assertEquals(true, filter.check(List.of("192.0.2.7:3030")).isEmpty());
    assertEquals(true, filter.check(List.of("[2001:db8::7]:3030")).isEmpty());
    assertEquals(true, filter.check(List.of("sst.lab.example")).isEmpty());
    assertEquals(403, filter.check(List.of("rebind.evil.example:3030")).orElseThrow().status());
    assertEquals(403, filter.check(List.of("1.2.3")).orElseThrow().status());
    assertEquals(403, filter.check(List.of("[rebind.evil.example]")).orElseThrow().status());
  }

  @Test
  void onLoopbackAnIpAddressOtherThanLoopbackIsRefused() {
    HostFilter filter = new HostFilter(ImmutableSet.of("localhost", "127.0.0.1", "[::1]"), false);

    assertEquals(403, filter.check(List.of("192.0.2.7:3030")).orElseThrow().status());
  }
}
