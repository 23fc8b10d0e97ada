package org.sstlib.bench;

import static org.sstlib.bench.SetupCheck.check;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Case file: reading a YAML case file into a {@link Case} with {@code CaseFiles.read(path)} (strict: every problem
 * reported with its line and column, the tree bound and the case checked) against plain Jackson's
 * {@code YAMLMapper.readTree} of the same file (a parse into a tree, with no checks and no binding): the floor of
 * the YAML parse itself.
 *
 * <p>The file is the field at {@code size} target triples, written once per trial with {@code CaseFiles.write} to a
 * temporary file. At the default 1,500,000 (seed 42), as generated when bench/README.md's figures were taken, the
 * case had 100,671 elements ({@code Case.elements()}: 17,295 agents, 13,767 position-practices, 35,019 structures,
 * 17,295 cycles and 17,295 agencies), with 344 evidence items and 3 sources besides, and the file was 19.4 MB. The raw mapper raises SnakeYAML's own 3 MB document limit to
 * the library's {@link CaseFiles#MAX_BYTES}, as any reader of such a file must; it is otherwise Jackson's default.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CaseFileBenchmark extends YamlReadBenchmark {
  @Param("1500000")
  public int size;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Case field = FieldGenerator.generate(42, size);
    dir = Files.createTempDirectory("sst-casefile-bench-");
    file = dir.resolve("field.yaml");
    CaseFiles.write(field, file);
    mapper = rawMapper(false);

    Case library = library();
    check(library.equals(field), "the case read back is not equal to the case written");
    JsonNode raw = raw();
    check(raw.path("structures").size() == field.structures().size(),
        "raw tree has %s structures, the case %s", raw.path("structures").size(), field.structures().size());
    check(raw.path("cycles").size() == field.cycles().size(),
        "raw tree has %s cycles, the case %s", raw.path("cycles").size(), field.cycles().size());
  }
}
