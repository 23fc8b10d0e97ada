package org.sstlib.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.Case;
import org.sstlib.core.PositionPractice;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.core.chain.ChainPath;
import org.sstlib.core.chain.ShortestPaths;

/**
 * The README's Java is a program that compiles and runs as shown. Every {@code java} block of the README, in order,
 * makes one program: the blocks' imports go at the top, everything else into {@code main}. It is compiled against
 * the library (a compile error is reported at its line in the README), run in a new JVM from an empty folder that
 * holds only the case files the code names, and what it prints and writes is checked.
 */
class ReadmeJavaTourTest {
  private static final Path ROOT = Path.of("..");
  private static final Path README = ROOT.resolve("README.md");
  private static final String POLICY = "admission-avoidance-policy";
  private static final Pattern FILE_NAMED = Pattern.compile("Path\\.of\\(\"([^\"]+)\"\\)");

  @TempDir Path dir;

  /** One line of the program, with the README line it comes from. */
  private record Line(int readmeLine, String text) {}

  /** Every line inside a {@code java} fence of the README, in order. */
  private static List<Line> javaLines() throws IOException {
    List<String> readme = Files.readAllLines(README, StandardCharsets.UTF_8);
    List<Line> lines = new ArrayList<>();
    boolean inJava = false;
    for (int i = 0; i < readme.size(); i++) {
      String text = readme.get(i);
      if (!inJava && text.strip().equals("```java")) {
        inJava = true;
      } else if (inJava && text.strip().equals("```")) {
        inJava = false;
      } else if (inJava) {
        lines.add(new Line(i + 1, text));
      }
    }
    assertTrue(!inJava, "README.md: a java block is not closed");
    return lines;
  }

  @Test
  void theReadmesJavaCompilesAndRunsAsShown() throws Exception {
    List<Line> lines = javaLines();
    assertTrue(lines.size() > 40, "README.md: expected the developer tour's java blocks, found " + lines.size()
        + " lines");

    // The program: imports first (each once), then the blocks' statements as the body of main.
    Set<String> imports = new LinkedHashSet<>();
    List<Line> body = new ArrayList<>();
    for (Line line : lines) {
      if (line.text().startsWith("import ")) {
        imports.add(line.text());
      } else {
        body.add(line);
      }
    }
    List<Line> program = new ArrayList<>();
    imports.forEach(i -> program.add(new Line(0, i)));
    program.add(new Line(0, "public class ReadmeTour {"));
    program.add(new Line(0, "public static void main(String[] args) throws Exception {"));
    program.addAll(body);
    program.add(new Line(0, "}"));
    program.add(new Line(0, "}"));

    Path classes = Files.createDirectories(dir.resolve("classes"));
    compile(program, classes);

    // Run it where it can only read what it names: the case files it opens, copied from the repository.
    Path work = Files.createDirectories(dir.resolve("work"));
    Set<String> named = new LinkedHashSet<>();
    for (Line line : body) {
      Matcher file = FILE_NAMED.matcher(line.text());
      while (file.find()) {
        if (Files.isRegularFile(ROOT.resolve(file.group(1)))) {
          named.add(file.group(1));
          Files.createDirectories(work.resolve(file.group(1)).getParent());
          Files.copy(ROOT.resolve(file.group(1)), work.resolve(file.group(1)));
        }
      }
    }
    assertEquals(Set.of("examples/cases/hughes-2022.yaml", "examples/cases/petch-2012.yaml"), named);
    List<String> printed = run(classes, work);

    assertEquals(expectedOutput(), printed);
    // What the comment after the first println shows is how the first path begins.
    String shown = body.stream().map(Line::text).filter(t -> t.strip().startsWith("// " + POLICY + " -"))
        .findFirst().orElseThrow(() -> new AssertionError("README.md: the comment showing a path is gone"))
        .strip().substring(3).replace(" ...", "");
    assertTrue(printed.get(0).startsWith(shown), "README.md shows '" + shown + "', the program printed '"
        + printed.get(0) + "'");
    // What it wrote: the small case as a case file, and the store.
    assertEquals("erp-study", CaseFiles.read(work.resolve("erp-study.yaml")).id());
    assertTrue(Files.isDirectory(work.resolve("store")), "the TDB2 store was made in the working folder");
  }

  /** What the tour prints, computed here with the same calls: the paths, the position-practices reached, true. */
  private static List<String> expectedOutput() throws Exception {
    Case hughes = CaseFiles.read(ROOT.resolve("examples/cases/hughes-2022.yaml"));
    ChainGraph chain = ChainGraph.of(hughes);
    List<String> expected = new ArrayList<>();
    List<ChainPath> paths = chain.paths(POLICY, "alf-at-home");
    assertTrue(paths.size() > 0, "no path from the policy to Alf");
    paths.forEach(path -> expected.add(path.toString()));
    ShortestPaths fromPolicy = chain.shortestPathsFrom(POLICY);
    for (String id : fromPolicy.reached()) {
      if (hughes.element(id, PositionPractice.class).isPresent()) {
        expected.add(fromPolicy.length(id) + " steps to " + id);
      }
    }
    assertTrue(expected.contains("6 steps to alf-at-home"), expected.toString());
    expected.add("true");
    return expected;
  }

  private static void compile(List<Line> program, Path classes) throws IOException {
    Path source = Files.createDirectories(classes.resolveSibling("src")).resolve("ReadmeTour.java");
    Files.write(source, program.stream().map(Line::text).toList(), StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      boolean compiled = javac.getTask(null, files, diagnostics,
          List.of("--release", "17", "-classpath", classPath(), "-d", classes.toString(),
              "-Xlint:all,-path,-processing,-options", "-Werror"),
          null, files.getJavaFileObjects(source)).call();
      if (!compiled) {
        fail(diagnostics.getDiagnostics().stream()
            .map(d -> where(program, d) + ": " + d.getMessage(Locale.ROOT))
            .collect(Collectors.joining("\n", "the README's Java does not compile:\n", "")));
      }
    }
  }

  /** The README line a compiler message is about, or the generated line when it is one the test added. */
  private static String where(List<Line> program, Diagnostic<?> diagnostic) {
    long line = diagnostic.getLineNumber();
    if (line >= 1 && line <= program.size() && program.get((int) line - 1).readmeLine() > 0) {
      return "README.md:" + program.get((int) line - 1).readmeLine() + ":" + diagnostic.getColumnNumber();
    }
    return "ReadmeTour.java (generated):" + line;
  }

  private static List<String> run(Path classes, Path work) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-cp", classes.toAbsolutePath() + File.pathSeparator
        + classPath(), "ReadmeTour")
        .directory(work.toFile())
        .redirectError(work.resolveSibling("stderr.txt").toFile())
        .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the README's program did not finish in 120 s");
    String err = Files.readString(work.resolveSibling("stderr.txt"), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), "the README's program failed:\n" + err);
    return out.lines().toList();
  }

  /** The test class path as Surefire gives it (its own may be a manifest-only jar), else the JVM's. */
  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }
}
