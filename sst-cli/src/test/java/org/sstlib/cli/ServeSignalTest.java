package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.server.testing.ReferenceStore;

/**
 * {@code sst serve} in a process of its own, stopped by SIGINT (Ctrl-C) or SIGTERM, exits 0 as its help says,
 * not 130 or 143.
 */
class ServeSignalTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"INT", "TERM"})
  void aStopSignalEndsTheServerWithExitZero(String signal) throws Exception {
    Path store = ReferenceStore.in(dir);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "serve", "--store", store.toString(), "--port", "0")
        .redirectErrorStream(true)
        .start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      assertTrue(first != null && first.startsWith("serving "), "the server did not start: " + first);

      Process kill = new ProcessBuilder(List.of("kill", "-" + signal, Long.toString(serve.pid()))).start();
      assertEquals(0, kill.waitFor());

      assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "the server did not stop");
      assertEquals(0, serve.exitValue(), "exit code after SIG" + signal);
    } finally {
      serve.destroyForcibly();
    }
  }
}
