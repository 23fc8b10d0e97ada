package org.sstlib.bench;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.TearDown;
import org.sstlib.core.Case;
import org.sstlib.core.casefile.CaseFiles;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * What the case-file benchmarks share: one YAML file, written by the subclass's set-up into a temporary folder,
 * read by the library ({@code CaseFiles.read}) and by plain Jackson ({@code YAMLMapper.readTree}), the floor of the
 * YAML parse itself. JMH runs these methods as the subclass's own benchmarks.
 */
public abstract class YamlReadBenchmark {
  /** The folder the file is written in, removed after the trial. */
  protected Path dir;
  /** The case file read. */
  protected Path file;
  /** Plain Jackson, with the limits raised as {@link #rawMapper} says. */
  protected YAMLMapper mapper;

  /**
   * Jackson's default YAML mapper with SnakeYAML's 3 MB document limit raised to the library's
   * {@link CaseFiles#MAX_BYTES}, as any reader of a large case file must, and, if {@code longStrings}, Jackson's
   * 20 M-character string limit lifted.
   */
  protected static YAMLMapper rawMapper(boolean longStrings) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit((int) CaseFiles.MAX_BYTES);
    YAMLFactoryBuilder factory = YAMLFactory.builder().loaderOptions(options);
    if (longStrings) {
      factory.streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build());
    }
    return new YAMLMapper(factory.build());
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir);
  }

  @Benchmark
  public Case library() {
    return CaseFiles.read(file);
  }

  @Benchmark
  public JsonNode raw() {
    try {
      return mapper.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
