package org.sstlib.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.sstlib.core.SstException;
import org.sstlib.rdf.store.SstStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sst sparql (FILE | --store DIR | --endpoint URL) QUERY.rq}: runs a researcher's own read-only SPARQL.
 *
 * <pre>{@code
 * sst sparql examples/cases/hughes-2022.yaml my-question.rq -f csv > answer.csv
 * }</pre>
 *
 * <p>SELECT answers print as a table, CSV or JSON; ASK prints true or false; CONSTRUCT and DESCRIBE print Turtle.
 * The default graph is the union of the cases; {@code GRAPH ?g} reaches each case's graph
 * {@code urn:sst:graph:<id>}. Updates and {@code SERVICE} calls are refused.
 */
@Command(
    name = "sparql",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Run your own read-only SPARQL query on a case file, a store or an endpoint.",
      "",
      "The default graph is the union of every case; GRAPH <urn:sst:graph:ID> is one case."
          + " The prefixes sst:, ic:, rdf:, rdfs:, xsd:, owl:, skos:, dcterms:, prov:, org: and oa: are declared"
          + " for you. SELECT prints a table (or CSV, JSON), ASK true/false, CONSTRUCT and DESCRIBE Turtle."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:answered", "1:invalid input, a query that does not parse, or one that timed out",
        "2:bad usage", "3:internal error in sst"})
final class SparqlCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin
  StoreOptions source;

  @Parameters(paramLabel = "[FILE] QUERY.rq", arity = "1..2",
      description = "A case file or RDF file to query (unless --store or --endpoint), then the file holding the"
          + " query.")
  List<String> args;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "table, csv or json (default ${DEFAULT-VALUE}).")
  Tables.Format format;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Stop a query that runs longer (default ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Path file = Path.of(source.take(args, 1, spec.commandLine(), "QUERY.rq").get(0));
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      err.println(file + ": no such file");
      err.flush();
      return ExitCodes.INVALID;
    } catch (IOException e) {
      err.println(file + ": cannot read: " + e.getMessage());
      err.flush();
      return ExitCodes.INVALID;
    }
    Query query;
    try {
      // The usual prefixes are declared for the researcher (sst:, rdfs:, dcterms:, skos:, ...); the query's own
      // PREFIX lines take precedence.
      query = new Query();
      query.setPrefixMapping(new org.apache.jena.shared.impl.PrefixMappingImpl()
          .setNsPrefixes(org.sstlib.rdf.SST.prefixes()));
      QueryFactory.parse(query, text, null, Syntax.syntaxSPARQL_11);
      text = query.serialize();
    } catch (QueryParseException e) {
      if (isUpdate(text)) {
        err.println(file + ": this is a SPARQL Update; sst sparql only reads (use sst serve --update and a SPARQL"
            + " client to change a store)");
        err.flush();
        return ExitCodes.INVALID;
      }
      // Jena's message names the line and column of the offending token (its getLine/getColumn may not).
      err.println(file + ": the query does not parse: "
          + org.sstlib.core.internal.Messages.firstLine(String.valueOf(e.getMessage())));
      err.flush();
      return ExitCodes.INVALID;
    }
    try (SstStore store = source.open()) {
      return run(store, query, text, file);
    } catch (UserError e) {
      e.lines().forEach(err::println);
      err.flush();
      return ExitCodes.INVALID;
    }
  }

  private int run(SstStore store, Query query, String text, Path file) throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "sst-sparql");
      t.setDaemon(true);
      return t;
    });
    try {
      Future<Runnable> answer = worker.submit(() -> answer(store, query, text));
      answer.get(timeoutSeconds, TimeUnit.SECONDS).run();
      return ExitCodes.OK;
    } catch (TimeoutException e) {
      err.println(file + ": the query ran longer than " + timeoutSeconds + " s and was stopped (raise --timeout,"
          + " or bind the start of a property path: ?x sst:chainStep+ ?y from a known ?x)");
      err.flush();
      return ExitCodes.INVALID;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SstException sst) {
        return UserError.in(file.toString(), sst).print(err);
      }
      throw e;
    } finally {
      worker.shutdownNow();
      out.flush();
    }
  }

  /** Runs the query and returns what prints its answer, so that printing happens after the deadline check. */
  private Runnable answer(SstStore store, Query query, String text) {
    PrintWriter out = spec.commandLine().getOut();
    if (query.isSelectType()) {
      List<String> columns = query.getResultVars();
      List<Map<String, String>> rows = store.select(text, results -> {
        List<Map<String, String>> all = new ArrayList<>();
        while (results.hasNext()) {
          QuerySolution solution = results.next();
          Map<String, String> row = new LinkedHashMap<>();
          for (String c : columns) {
            RDFNode node = solution.get(c);
            row.put(c, node == null ? "" : node.isLiteral() ? node.asLiteral().getLexicalForm()
                : node.isURIResource() ? node.asResource().getURI() : node.toString());
          }
          all.add(row);
        }
        return all;
      });
      return () -> Tables.print(columns, rows, format, out);
    }
    if (query.isAskType()) {
      boolean yes = store.ask(text);
      return () -> out.println(yes);
    }
    if (query.isConstructType() || query.isDescribeType()) {
      var graph = store.construct(text);
      return () -> {
        java.io.StringWriter turtle = new java.io.StringWriter();
        RDFDataMgr.write(turtle, graph, Lang.TURTLE);
        out.print(turtle);
      };
    }
    throw new SstException("only SELECT, ASK, CONSTRUCT and DESCRIBE queries are run; this one is not");
  }

  private static boolean isUpdate(String text) {
    try {
      org.apache.jena.update.UpdateFactory.create(text);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
