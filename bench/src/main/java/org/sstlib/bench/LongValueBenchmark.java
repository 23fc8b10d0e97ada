package org.sstlib.bench;

import static org.sstlib.bench.SetupCheck.check;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sstlib.core.Case;
import org.sstlib.core.casefile.CaseFiles;

/**
 * A long value: reading a small YAML case file whose title is {@code size} characters long with
 * {@code CaseFiles.read(path)} (strict, located, bound and checked) against plain Jackson's
 * {@code YAMLMapper.readTree} of the same file (the YAML parse alone).
 *
 * <p>The title is {@code shape} {@code prose} (words of five letters and a space: what a pasted transcript looks
 * like) or {@code word} (one run of letters with no space or line break). SnakeYAML's own character reader copies
 * its look-ahead window every 1,024 characters, and while it scans one token the window holds the whole token, so
 * plain Jackson reads a long {@code word} in time that grows with the square of its length (a 16 MB one took 43 s);
 * the library reads YAML through a reader of its own that does not copy. {@code prose} is the fair comparison: both
 * are linear there. The raw mapper raises SnakeYAML's 3 MB document limit and Jackson's 20 M-character string limit
 * to fit the file, as any reader of it must; it is otherwise Jackson's default.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LongValueBenchmark extends YamlReadBenchmark {
  /** The title's length in characters: 50 MB, under the 64 MiB limit of a case file. */
  @Param("50000000")
  public int size;

  @Param("prose")
  public String shape;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    StringBuilder title = new StringBuilder(size);
    String piece = shape.equals("word") ? "x" : "word ";
    while (title.length() < size) {
      title.append(piece, 0, Math.min(piece.length(), size - title.length()));
    }
    if (title.charAt(title.length() - 1) == ' ') {
      title.setCharAt(title.length() - 1, 'x');
    }
    dir = Files.createTempDirectory("sst-long-value-bench-");
    file = dir.resolve("long-title.yaml");
    Files.writeString(file, String.join("\n",
        "sst: \"1\"",
        "id: long-title",
        "title: " + title,
        "agents:",
        "  - {id: nurse, label: Nurse, type: individual}",
        "structures:",
        "  - {id: rota, label: Rota, form: artefact}",
        "cycles:",
        "  - id: shift",
        "    label: A shift",
        "    site: Ward",
        "    agentInFocus: nurse",
        "    external: [rota]",
        "    agency:",
        "      - {id: work, label: Works the shift}",
        "    outcomes: [rota]",
        ""));
    mapper = rawMapper(true);

    int library = library().title().length();
    check(library == size, "the library read a title of %s characters, not %s", library, size);
    int raw = raw().path("title").asText().length();
    check(raw == size, "Jackson read a title of %s characters, not %s", raw, size);
  }
}
