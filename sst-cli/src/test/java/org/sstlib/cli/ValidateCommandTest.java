package org.sstlib.cli;

import static org.sstlib.cli.SstRun.run;
import static org.sstlib.cli.SstRun.sst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.testing.ReferenceCase;
import org.sstlib.core.Case;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.casefile.CaseFormat;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.GraphNames;
import org.sstlib.rdf.SST;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sst validate} and the command line around it, run in-process with captured output. */
class ValidateCommandTest {

  private static final String GOOD = """
      sst: "1"
      id: erp-study
      title: ERP and management accounting
      agents:
        - {id: controller, label: Financial controller, type: individual}
      structures:
        - {id: erp, label: ERP system, form: technology}
        - {id: report, label: Monthly variance report, form: artefact}
        - id: controller-habits
          label: The controller's habit of checking every variance by hand
          form: other
          internalTo: controller
          kind: general-dispositional
      cycles:
        - id: close
          label: Month-end close
          site: Finance office
          agentInFocus: controller
          external:
            - ref: erp
              effect: constrains
          internal: [controller-habits]
          agency:
            - {id: reconcile, label: Reconciles the ledgers, reflexivity: routine}
          outcomes:
            - ref: report
              change: reproduced
              intended: yes
      sources:
        - {id: interview-1, type: interview}
      evidence:
        - id: ev-1
          source: interview-1
          quote: "The system decides what the report looks like."
          supports: [erp, close/erp]
      """;

  // Four misspellings, each with a line and column to report: a key (line 5), a code-list value (line 7), an
  // agent reference (line 13) and an outcome reference (line 17).
  private static final String BAD = """
      sst: "1"
      id: erp-study
      title: ERP and management accounting
      agents:
        - {id: controller, lable: Financial controller, type: individual}
      structures:
        - {id: erp, label: ERP system, form: technolgy}
        - {id: report, label: Monthly variance report, form: artefact}
      cycles:
        - id: close
          label: Month-end close
          site: Finance office
          agentInFocus: controler
          external: [erp]
          agency:
            - {id: reconcile, label: Reconciles the ledgers}
          outcomes: [reprt]
      """;

  private static final Path REFERENCE_CASE = ReferenceCase.FILE;

  @TempDir Path dir;




  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static void assertNoStackTrace(SstRun run) {
    assertFalse(run.err().contains("\tat "), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(run.out().contains("Exception"), run.out());
  }

  @Test
  void validYamlFileGetsOneSummaryLineAndExitZero() throws IOException {
    Path file = write("erp.yaml", GOOD);

    SstRun run = sst("validate", file.toString());

    assertEquals(0, run.exitCode(), run.err());
    // The summary, then what went unchecked: a source without a text, an evidence item of no kind (version 1).
    assertEquals(List.of(file + ": valid case 'erp-study': 1 cycle, 3 structures, 1 agent, 1 evidence",
        file + ": quotes: 1 unchecked (source 'interview-1' names no text: 1)",
        file + ": 1 evidence item has no kind (format version 1): ev-1; format version 2 says of each whether it is"
            + " participant, fieldnote, document, composite, author or analyst evidence"), run.out().lines().toList());
    assertEquals("", run.err());
  }

  @Test
  void validJsonFileIsReadToo() throws IOException {
    Path file = write("small.json", """
        {"sst": "1", "id": "small", "title": "A small case",
         "agents": [{"id": "nurse", "label": "Nurse", "type": "individual"},
                    {"id": "ward", "label": "Ward team", "type": "collective"}],
         "structures": [{"id": "rota", "label": "Staff rota", "form": "artefact"},
                        {"id": "handover", "label": "Handover sheet", "form": "artefact"}],
         "cycles": [{"id": "shift", "label": "A night shift", "site": "Ward 7", "agentInFocus": "nurse",
                     "external": ["rota"], "agency": [{"id": "plan", "label": "Plans the night"}],
                     "outcomes": ["handover"]}]}
        """);

    SstRun run = sst("validate", file.toString());

    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(file + ": valid case 'small': 1 cycle, 2 structures, 2 agents, 0 evidence", lines.get(0));
    // A cycle with no internal structures is allowed; the theory's shapes add a word of advice.
    assertEquals(2, lines.size(), run.out());
    assertTrue(lines.get(1).startsWith(file + ": info: cycle 'shift'"), lines.get(1));
  }

  @Test
  void invalidFileListsEveryProblemWithLineAndColumnOnStandardError() throws IOException {
    Path file = write("bad.yaml", BAD);

    SstRun run = sst("validate", file.toString());

    assertEquals(1, run.exitCode());
    assertEquals("", run.out());
    List<String> lines = run.errLines();
    List<String> problems = lines.subList(0, lines.size() - 1);
    assertTrue(problems.size() >= 4, run.err());
    for (String problem : problems) {
      assertTrue(problem.matches("\\Q" + file + "\\E:\\d+:\\d+: \\S+: .+"), "not file:line:column: " + problem);
    }
    assertHasProblem(problems, file + ":5:22: agents[0].lable: ", "did you mean 'label'?");
    assertHasProblem(problems, file + ":7:40: structures[0].form: ", "did you mean 'technology'?");
    assertHasProblem(problems, file + ":13:19: cycles[0].agentInFocus: ", "did you mean 'controller'?");
    assertHasProblem(problems, file + ":17:16: cycles[0].outcomes[0]", "did you mean 'report'?");
    assertEquals(file + ": not valid: " + problems.size() + " problems", lines.get(lines.size() - 1));
    assertNoStackTrace(run);
  }

  private static void assertHasProblem(List<String> problems, String prefix, String hint) {
    assertTrue(problems.stream().anyMatch(p -> p.startsWith(prefix) && p.contains(hint)),
        "no problem '" + prefix + "... " + hint + "' in:\n" + String.join("\n", problems));
  }

  @Test
  void checksEveryFileEvenAfterAnInvalidOneAndExitsOne() throws IOException {
    Path bad = write("bad.yaml", BAD);
    Path good = write("good.yaml", GOOD);

    SstRun run = sst("validate", bad.toString(), good.toString());

    assertEquals(1, run.exitCode());
    assertEquals(good + ": valid case 'erp-study': 1 cycle, 3 structures, 1 agent, 1 evidence",
        run.out().lines().findFirst().orElse(""));
    assertTrue(run.err().startsWith(bad + ":5:"), run.err());
  }

  @Test
  void missingFileGetsOneClearLineAndExitOne() throws IOException {
    Path good = write("good.yaml", GOOD);
    Path missing = dir.resolve("no-such-case.yaml");

    SstRun run = sst("validate", missing.toString(), good.toString());

    assertEquals(1, run.exitCode());
    assertEquals(List.of(missing + ": no such file"), run.errLines());
    assertTrue(run.out().startsWith(good + ": valid case"), run.out());
    assertNoStackTrace(run);
  }

  @Test
  void fileThatIsNotACaseFileIsReportedNotThrown() throws IOException {
    Path text = write("notes.txt", "not a case");

    SstRun run = sst("validate", text.toString(), dir.toString());

    assertEquals(1, run.exitCode());
    assertEquals(2, run.errLines().size(), run.err());
    assertTrue(run.errLines().get(0).contains("not a file sst reads"), run.err());
    assertTrue(run.errLines().get(1).contains("is a directory"), run.err());
    assertNoStackTrace(run);
  }

  @Test
  void noArgumentsPrintsUsageAndExitsTwo() {
    SstRun run = sst();

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("Usage: sst"), run.err());
    assertTrue(run.err().contains("validate"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void validateWithoutFileIsAUsageError() {
    SstRun run = sst("validate");

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("Missing required parameter: 'FILE'"), run.err());
    assertTrue(run.err().contains("Usage: sst validate"), run.err());
  }

  @Test
  void unknownOptionOrCommandIsAUsageError() throws IOException {
    Path good = write("good.yaml", GOOD);

    SstRun option = sst("validate", "--strict", good.toString());
    SstRun command = sst("valdate", good.toString());

    assertEquals(2, option.exitCode());
    assertTrue(option.err().contains("Unknown option: '--strict'"), option.err());
    assertEquals("", option.out());
    assertEquals(2, command.exitCode());
    assertTrue(command.err().contains("Did you mean: sst validate?"), command.err());
  }

  @Test
  void helpPrintsUsageOnStandardOutputAndExitsZero() {
    SstRun top = sst("--help");
    SstRun validate = sst("help", "validate");

    assertEquals(0, top.exitCode());
    assertTrue(top.out().startsWith("Usage: sst"), top.out());
    assertTrue(top.out().contains("validate"), top.out());
    assertTrue(top.out().contains("Exit codes:"), top.out());
    assertEquals(0, validate.exitCode());
    assertTrue(validate.out().startsWith("Usage: sst validate"), validate.out());
  }

  @Test
  void versionNamesSstTheVocabularyAndJava() {
    SstRun run = sst("--version");

    assertEquals(0, run.exitCode());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(0).matches("sst \\S.*"), run.out());
    assertTrue(lines.get(1).matches("vocabulary https://w3id.org/sst \\S+"), run.out());
    assertTrue(lines.get(2).startsWith("Java " + System.getProperty("java.version")), run.out());
  }

  @Command(name = "fail")
  static final class FailingCommand implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("a bug in a command");
    }
  }

  @Test
  void exceptionFromACommandIsAnInternalErrorInOneLineWithExitThree() {
    CommandLine commandLine = Main.commandLine().addSubcommand(new FailingCommand());

    SstRun run = run(commandLine, "fail");

    assertEquals(3, run.exitCode());
    List<String> lines = run.errLines();
    assertEquals("internal error: java.lang.IllegalStateException: a bug in a command", lines.get(0));
    assertEquals(2, lines.size(), run.err());
    assertTrue(lines.get(1).contains("--debug"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void debugAddsTheStackTraceToAnInternalError() {
    SstRun before = run(Main.commandLine().addSubcommand(new FailingCommand()), "--debug", "fail");
    SstRun after = run(Main.commandLine().addSubcommand(new FailingCommand()), "fail", "--debug");

    for (SstRun run : List.of(before, after)) {
      assertEquals(3, run.exitCode());
      assertTrue(run.err().startsWith("internal error: java.lang.IllegalStateException"), run.err());
      assertTrue(run.err().contains("\tat org.sstlib.cli.ValidateCommandTest$FailingCommand.call"), run.err());
    }
  }

  /**
   * The GOOD case as RDF written by another tool: sst's own graph of it, changed by {@code edit}, written by Jena
   * (so not by sst's writer) as Turtle, or in the case's named graph as TriG or JSON-LD.
   */
  private Path handWritten(String name, Consumer<Graph> edit) throws IOException {
    Case c = CaseFiles.read(GOOD, CaseFormat.YAML, "good.yaml");
    Graph graph = CaseGraphs.toGraph(c);
    edit.accept(graph);
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      if (name.endsWith(".ttl")) {
        RDFDataMgr.write(out, graph, Lang.TURTLE);
      } else {
        DatasetGraph dataset = DatasetGraphFactory.create();
        dataset.addGraph(GraphNames.graphNode(c.id()), graph);
        RDFDataMgr.write(out, dataset, name.endsWith(".trig") ? Lang.TRIG : Lang.JSONLD);
      }
    }
    return file;
  }

  private static Node node(String id) {
    return NodeFactory.createURI(Case.defaultBase("erp-study") + id);
  }

  @Test
  void handWrittenRdfWithoutAChainStepIsWarnedAbout() throws IOException {
    for (String name : List.of("no-step.ttl", "no-step.trig", "no-step.jsonld")) {
      // The analysis says the ERP conditions the reconciling, but the file leaves out the stored step: a chain
      // query would not see it. The case read from it is valid, so only the graph as written shows the gap.
      Path file = handWritten(name, g -> {
        g.delete(Triple.create(node("erp"), SST.conditions, node("reconcile")));
        g.delete(Triple.create(node("erp"), SST.chainStep, node("reconcile")));
      });

      SstRun run = sst("validate", file.toString());

      assertEquals(0, run.exitCode(), run.err());
      // The summary and the shape's warning; then (not checked here) what went unchecked, as for any valid case.
      List<String> lines = run.out().lines().filter(l -> !l.contains(": quotes: ") && !l.contains(" no kind "))
          .toList();
      assertEquals(file + ": valid case 'erp-study': 1 cycle, 3 structures, 1 agent, 1 evidence", lines.get(0));
      assertEquals(List.of(file + ": warning: agency 'reconcile' (Reconciles the ledgers): the analysis's chain steps"
          + " are stored"), lines.subList(1, lines.size()).stream().map(l -> l.substring(0, l.indexOf(": A chain")))
          .toList(), run.out());
      assertTrue(lines.get(1).endsWith(" [sst:conditions erp]"), lines.get(1));
      assertEquals("", run.err());
    }
  }

  @Test
  void handWrittenRdfWithAStepTheAnalysisDoesNotMakeIsInvalid() throws IOException {
    // The report is an outcome of the cycle, not a condition of its agency: a step from it breaks the chain's rules.
    Path file = handWritten("extra-step.ttl",
        g -> g.add(Triple.create(node("report"), SST.conditions, node("reconcile"))));

    SstRun run = sst("validate", file.toString());

    assertEquals(1, run.exitCode(), run.out());
    assertEquals("", run.out());
    List<String> lines = run.errLines();
    assertEquals(2, lines.size(), run.err());
    assertTrue(lines.get(0).startsWith(file + ": case 'erp-study': structure 'report' (Monthly variance report): "
        + "every chain step follows from the analysis: "), lines.get(0));
    assertTrue(lines.get(0).endsWith(" [sst:conditions reconcile]"), lines.get(0));
    assertEquals(file + ": not valid: case 'erp-study' breaks 1 rule of the theory's shapes", lines.get(1));
  }

  @Test
  void referenceCaseIsValid() {
    assertTrue(Files.isRegularFile(REFERENCE_CASE), "missing " + REFERENCE_CASE.toAbsolutePath());

    SstRun run = sst("validate", REFERENCE_CASE.toString());

    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(0).matches("\\Q" + REFERENCE_CASE + "\\E: valid case 'hughes-2022': 6 cycles, \\d+ structures, "
        + "\\d+ agents, \\d+ evidence"), run.out());
    // The paper is not shipped: its quotes are unchecked, and the case is valid all the same.
    assertTrue(lines.get(lines.size() - 1).matches("\\Q" + REFERENCE_CASE + "\\E: quotes: \\d+ unchecked .*"), run.out());
  }
}
