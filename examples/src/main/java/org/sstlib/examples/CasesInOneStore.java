package org.sstlib.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.sstlib.core.Case;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.casefile.CaseFormat;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.core.chain.ChainPath;
import org.sstlib.rdf.query.QueryTable;
import org.sstlib.rdf.query.SstQueries;
import org.sstlib.rdf.store.SstStore;

/**
 * Loads every case file of a folder into one store and asks the named queries across all of them: the cross-case
 * view of {@code examples/README.md}, in Java.
 *
 * <p>What to notice:
 *
 * <ul>
 *   <li>{@link CaseFiles#read} reads a YAML or JSON case file; {@link SstStore#putAll} stores the cases in one
 *       transaction, each in its own named graph, and elements that cases share (the five Welsh cases' national
 *       policy) are one node;
 *   <li>{@link SstQueries#run} runs a named query by name and gives its raw form, a {@link QueryTable} of text
 *       whose first column says which case each row comes from: the table {@code sst query} prints;
 *   <li>{@link SstQueries#inCase} asks one case only;
 *   <li>the store gives each case back as a typed {@link Case} ({@link SstStore#get}), and the chain that SPARQL
 *       finds is the chain {@link ChainGraph} finds in memory.
 * </ul>
 *
 * <pre>{@code
 * try (SstStore store = SstStore.memory()) {
 *   store.putAll(CasesInOneStore.readAll(Path.of("examples/cases")));
 *   QueryTable factors = SstQueries.on(store).run("factors", Map.of());
 * }
 * }</pre>
 */
public final class CasesInOneStore {
  /** The case whose chain is followed: the reference case, Hughes, Shaw and Greenhalgh (2022). */
  public static final String REFERENCE = "hughes-2022";
  /** The chain starts at national admission-avoidance policy ... */
  public static final String FROM = "admission-avoidance-policy";
  /** ... and ends at Alf's position-practice at home. */
  public static final String TO = "alf-at-home";

  private CasesInOneStore() {}

  /** Reads every case file (.yaml, .yml, .json) under a folder, in path order. */
  public static List<Case> readAll(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> CaseFormat.ofFileName(f.toString()).isPresent()).sorted().map(CaseFiles::read)
          .toList();
    }
  }

  /**
   * From the {@code factors} table: for each case, how many entries in the external and material roles of its
   * cycles enable, constrain, do both, or say nothing ("unqualified"), whatever the form of the structure.
   */
  public static Map<String, Map<String, Integer>> effectsByCase(QueryTable factors) {
    Map<String, Map<String, Integer>> byCase = new TreeMap<>();
    for (Map<String, String> row : factors.rows()) {
      String effect = row.get("effect").isEmpty() ? "unqualified" : row.get("effect");
      byCase.computeIfAbsent(row.get("case"), c -> new TreeMap<>())
          .merge(effect, Integer.parseInt(row.get("count")), Integer::sum);
    }
    return byCase;
  }

  /** From any table: how many rows each case has. */
  public static Map<String, Integer> rowsByCase(QueryTable table) {
    Map<String, Integer> rows = new TreeMap<>();
    table.column("case").forEach(c -> rows.merge(c, 1, Integer::sum));
    return rows;
  }

  /** The rows of the {@code chain} table path by path, each path's rows from its first element to its last. */
  public static List<List<Map<String, String>>> paths(QueryTable chain) {
    Map<String, List<Map<String, String>>> byPath = new LinkedHashMap<>();
    for (Map<String, String> row : chain.rows()) {
      byPath.computeIfAbsent(row.get("case") + " " + row.get("path"), p -> new ArrayList<>()).add(row);
    }
    return List.copyOf(byPath.values());
  }

  /** One path of the {@code chain} table as {@code a -conditions-> b -creates-> c}: each step by its property. */
  public static String route(List<Map<String, String>> path) {
    StringBuilder text = new StringBuilder(path.get(0).get("id"));
    for (Map<String, String> row : path.subList(1, path.size())) {
      text.append(" -").append(row.get("via")).append("-> ").append(row.get("id"));
    }
    return text.toString();
  }

  /** Prints a table of the cases in the store, then the three shortest paths of the reference case's chain. */
  public static void print(SstStore store, PrintStream out) {
    SstQueries queries = SstQueries.on(store);
    out.println(store.caseIds().size() + " cases in one store: " + String.join(", ", store.caseIds()));
    Map<String, Map<String, Integer>> effects = effectsByCase(queries.run("factors", Map.of()));
    Map<String, Integer> unavailable = rowsByCase(queries.run("unavailable", Map.of()));
    Map<String, Integer> loops = rowsByCase(queries.run("feedback", Map.of()));
    String format = "%-24s %7s %10s %4s %11s %11s %5s%n";
    out.printf(format, "case", "enables", "constrains", "both", "unqualified", "unavailable", "loops");
    for (String id : store.caseIds()) {
      Map<String, Integer> e = effects.getOrDefault(id, Map.of());
      out.printf(format, id, e.getOrDefault("enables", 0), e.getOrDefault("constrains", 0),
          e.getOrDefault("both", 0), e.getOrDefault("unqualified", 0), unavailable.getOrDefault(id, 0),
          loops.getOrDefault(id, 0));
    }
    if (!store.caseIds().contains(REFERENCE)) {
      return;
    }
    // Parameters are text, as on the command line; ids are resolved against the case's base.
    QueryTable chain = queries.inCase(REFERENCE).run("chain", Map.of("from", FROM, "to", TO, "limit", "3"));
    out.println("The chain in " + REFERENCE + " from " + FROM + " to " + TO + ", shortest first:");
    List<List<Map<String, String>>> paths = paths(chain);
    for (int i = 0; i < paths.size(); i++) {
      out.println("  " + (i + 1) + ". " + route(paths.get(i)));
    }
    List<List<String>> ids = paths.stream().map(path -> path.stream().map(row -> row.get("id")).toList()).toList();
    List<List<String>> inMemory = ChainGraph.of(store.get(REFERENCE).orElseThrow())
        .paths(FROM, TO, 3, ChainGraph.DEFAULT_MAX_LENGTH).stream().map(ChainPath::nodes).map(List::copyOf).toList();
    out.println("ChainGraph finds the same paths in the case read back from the store: "
        + ids.equals(inMemory));
  }

  /** Loads the case files under the folder given (default {@code examples/cases}) and prints what they say. */
  public static void main(String... args) throws IOException {
    Path dir = args.length > 0 ? Path.of(args[0]) : Path.of("examples", "cases");
    try (SstStore store = SstStore.memory()) {
      store.putAll(readAll(dir));
      print(store, System.out);
    }
    if (System.out.checkError()) {
      System.exit(1);
    }
  }
}
