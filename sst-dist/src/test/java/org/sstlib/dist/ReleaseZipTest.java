package org.sstlib.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release zip as a user gets it: what {@code unzip -l} lists, the jar run with {@code java -jar}, and the Unix
 * launcher run twice from the unzipped folder, the first run preparing class data sharing and the second using it.
 * Runs after {@code package}, on the zip the build made.
 */
class ReleaseZipTest {
  private static final String VERSION = System.getProperty("sst.dist.version");
  private static final Path ZIP = Path.of(System.getProperty("sst.dist.zip"));
  private static final Path REFERENCE_CASE = Path.of(System.getProperty("sst.dist.case"));
  private static final String FOLDER = "sst-" + VERSION + "/";
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private static final String VALID = "valid case 'hughes-2022'";

  @TempDir Path dir;

  @Test
  void theZipHoldsTheJarBothLaunchersTheReadmeAndTheReferenceCase() throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipFile zip = new ZipFile(ZIP.toFile())) {
      Collections.list(zip.entries()).forEach(entry -> names.add(entry.getName()));
    }
    for (String name : List.of("sst-" + VERSION + ".jar", "sst", "sst.cmd", "README.md", "LICENSE", "NOTICE",
        "examples/cases/hughes-2022.yaml")) {
      assertTrue(names.contains(FOLDER + name), FOLDER + name + " is not in " + ZIP + ": " + names);
    }
    assertTrue(names.stream().allMatch(name -> name.startsWith(FOLDER)), "all under " + FOLDER + ": " + names);
  }

  @Test
  void theWindowsLauncherHasWindowsLineEndings() throws IOException {
    try (ZipFile zip = new ZipFile(ZIP.toFile());
        InputStream in = zip.getInputStream(zip.getEntry(FOLDER + "sst.cmd"))) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(text.split("\n", -1).length, text.split("\r\n", -1).length, "every line ends CRLF");
    }
  }

  @Test
  void javaDashJarOfTheReleaseJarValidatesTheReferenceCase() throws Exception {
    Path jar = dir.resolve("sst-" + VERSION + ".jar");
    try (ZipFile zip = new ZipFile(ZIP.toFile());
        InputStream in = zip.getInputStream(zip.getEntry(FOLDER + jar.getFileName()))) {
      Files.copy(in, jar);
    }
    Run run = run(Map.of(), JAVA, "-jar", jar.toString(), "validate", REFERENCE_CASE.toString());
    assertEquals(0, run.exitCode, run.toString());
    assertTrue(run.out.startsWith(REFERENCE_CASE + ": " + VALID), run.toString());
  }

  @Test
  void theUnixLauncherPreparesClassDataSharingOnceAndThenUsesIt() throws Exception {
    assumeFalse(System.getProperty("os.name").startsWith("Windows"), "the Unix launcher");
    Run listing = run(Map.of(), "unzip", "-l", ZIP.toString());
    assertEquals(0, listing.exitCode, listing.toString());
    for (String name : List.of("sst-" + VERSION + ".jar", "sst", "sst.cmd", "README.md")) {
      assertTrue(listing.out.lines().anyMatch(line -> line.endsWith(" " + FOLDER + name)), listing.toString());
    }
    Run unzip = run(Map.of(), "unzip", "-q", ZIP.toString(), "-d", dir.toString());
    assertEquals(0, unzip.exitCode, unzip.toString());
    Path sst = dir.resolve(FOLDER + "sst");
    assertTrue(Files.isExecutable(sst), "unzip keeps the launcher executable");
    Path cache = dir.resolve("cache");
    Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString(), "JAVA_HOME",
        System.getProperty("java.home"));

    Run first = run(env, sst.toString(), "validate", REFERENCE_CASE.toString());
    assertEquals(0, first.exitCode, first.toString());
    assertTrue(first.err.contains("preparing a quicker start"), first.toString());
    List<Path> archives;
    try (Stream<Path> files = Files.list(cache.resolve("sst"))) {
      archives = files.filter(file -> file.toString().endsWith(".jsa")).toList();
    }
    assertEquals(1, archives.size(), "one archive in " + cache);

    Run second = run(env, sst.toString(), "validate", REFERENCE_CASE.toString());
    assertEquals(0, second.exitCode, second.toString());
    assertEquals(first.out, second.out);
    assertEquals("", second.err, "nothing prepared again, nothing said");

    // The archive is one this JVM maps: with -Xshare:on it would refuse to start otherwise.
    Run shared = run(Map.of(), JAVA, "-XX:SharedArchiveFile=" + archives.get(0), "-Xshare:on", "-jar",
        dir.resolve(FOLDER + "sst-" + VERSION + ".jar").toString(), "--version");
    assertEquals(0, shared.exitCode, shared.toString());
    assertTrue(shared.out.startsWith("sst " + VERSION), shared.toString());
  }

  /** A finished process: its exit code, standard output and standard error. */
  private record Run(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\nout:\n" + out + "\nerr:\n" + err;
    }
  }

  private Run run(Map<String, String> env, String... command) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("did not finish in 120 s: " + String.join(" ", command));
    }
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }
}
