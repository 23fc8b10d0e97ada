package org.sstlib.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.sstlib.core.SstException;
import org.sstlib.core.internal.Messages;
import org.sstlib.rdf.SST;
import org.sstlib.rdf.query.QueryTable;
import org.sstlib.rdf.store.SstStore;
import org.sstlib.rdf.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sst sparql (FILE | --store DIR | --endpoint URL) QUERY.rq}: runs a researcher's own read-only SPARQL.
 *
 * <pre>{@code
 * sst sparql examples/cases/hughes-2022.yaml my-question.rq -f csv > answer.csv
 * sst sparql examples/cases/hughes-2022.yaml describe-alf.rq -f ntriples
 * }</pre>
 *
 * <p>SELECT answers print as a table, CSV or JSON; ASK prints true or false; CONSTRUCT and DESCRIBE print Turtle, or
 * N-Triples with {@code -f ntriples}. The default graph is the union of the cases; {@code GRAPH ?g} reaches each
 * case's graph {@code urn:sst:graph:<id>}. Updates and {@code SERVICE} calls are refused. A query that runs longer
 * than {@code --timeout} is stopped by Jena's own query timeout (on a remote store also on the server, through
 * Fuseki's timeout parameter), so that nothing goes on running after the command has ended.
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
          + " for you. SELECT prints a table (or CSV, JSON), ASK true/false, CONSTRUCT and DESCRIBE Turtle (or"
          + " N-Triples with -f ntriples)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:answered", "1:invalid input, a query that does not parse, or one that timed out",
        "2:bad usage", "3:internal error in sst"})
final class SparqlCommand implements Callable<Integer> {

  /** How an answer is printed: the first three for SELECT, the last two for CONSTRUCT and DESCRIBE. */
  enum Format {
    TABLE, CSV, JSON, TURTLE, NTRIPLES;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin
  StoreOptions source;

  @picocli.CommandLine.Mixin
  CsvOptions csv;

  @Parameters(paramLabel = "[FILE] QUERY.rq", arity = "1..2",
      description = "A case file or RDF file to query (unless --store or --endpoint), then the file holding the"
          + " query.")
  List<String> args;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "For SELECT: table, csv or json (default ${DEFAULT-VALUE}). For CONSTRUCT and DESCRIBE: turtle"
          + " (the default) or ntriples.")
  Format format;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Stop a query that runs longer (default ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Path file = Path.of(source.take(args, 1, spec.commandLine(), "QUERY.rq").get(0));
    if (timeoutSeconds < 1) {
      throw new ParameterException(spec.commandLine(), "--timeout must be a whole number of seconds from 1, not "
          + timeoutSeconds);
    }
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
      query.setPrefixMapping(new PrefixMappingImpl().setNsPrefixes(SST.prefixes()));
      QueryFactory.parse(query, text, null, Syntax.syntaxSPARQL_11);
    } catch (QueryParseException e) {
      Optional<UpdateRequest> update = asUpdate(text);
      if (update.isPresent() && update.get().getOperations().isEmpty()) {
        // Nothing but whitespace, comments or a prologue: an empty update to the parser, no question to the user.
        err.println(file + ": the file holds no query (it is empty, or only comments and PREFIX lines); write a"
            + " SELECT, ASK, CONSTRUCT or DESCRIBE query");
        err.flush();
        return ExitCodes.INVALID;
      }
      if (update.isPresent()) {
        err.println(file + ": this is a SPARQL Update; sst sparql only reads (use sst serve --update and a SPARQL"
            + " client to change a store)");
        err.flush();
        return ExitCodes.INVALID;
      }
      // Jena's message names the line and column of the offending token (its getLine/getColumn may not).
      err.println(file + ": the query does not parse: " + Messages.firstLine(String.valueOf(e.getMessage())));
      err.flush();
      return ExitCodes.INVALID;
    }
    checkFormat(query);
    try (SstStore store = source.open()) {
      return answer(store, query, file);
    } catch (UserError e) {
      e.lines().forEach(err::println);
      err.flush();
      return ExitCodes.INVALID;
    }
  }

  /** A format for the other kind of answer is a usage error: -f csv cannot print a graph, nor -f turtle rows. */
  private void checkFormat(Query query) {
    boolean graph = query.isConstructType() || query.isDescribeType();
    boolean forGraphs = format == Format.TURTLE || format == Format.NTRIPLES;
    if (graph && (format == Format.CSV || format == Format.JSON)) {
      throw new ParameterException(spec.commandLine(), "-f " + format + " is for SELECT; a "
          + (query.isConstructType() ? "CONSTRUCT" : "DESCRIBE") + " prints turtle (the default) or ntriples");
    }
    if (!graph && forGraphs) {
      throw new ParameterException(spec.commandLine(), "-f " + format + " is for CONSTRUCT and DESCRIBE; a "
          + (query.isAskType() ? "ASK prints true or false" : "SELECT prints table, csv or json"));
    }
  }

  /**
   * Runs the query, with Jena's own timeout, and prints the answer once it is complete: nothing is printed of a
   * query that was stopped.
   */
  private int answer(SstStore store, Query query, Path file) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Duration timeout = Duration.ofSeconds(timeoutSeconds);
    try {
      if (query.isSelectType()) {
        QueryTable table = store.select(query, timeout, QueryTable::copyOf);
        Tables.print(table, format == Format.CSV ? Tables.Format.CSV
            : format == Format.JSON ? Tables.Format.JSON : Tables.Format.TABLE, csv, out);
      } else if (query.isAskType()) {
        out.println(store.ask(query, timeout));
      } else if (query.isConstructType() || query.isDescribeType()) {
        Graph graph = query.isConstructType() ? store.construct(query, timeout) : store.describe(query, timeout);
        StringWriter text = new StringWriter();
        RDFDataMgr.write(text, graph, format == Format.NTRIPLES ? Lang.NTRIPLES : Lang.TURTLE);
        out.print(text);
      } else {
        err.println(file + ": only SELECT, ASK, CONSTRUCT and DESCRIBE queries are run; this one is not");
        err.flush();
        return ExitCodes.INVALID;
      }
      out.flush();
      return ExitCodes.OK;
    } catch (StoreException e) {
      if (e.getCause() instanceof QueryCancelledException) {
        err.println(file + ": the query ran longer than " + timeoutSeconds + " s and was stopped (raise --timeout,"
            + " or bind the start of a property path: ?x sst:chainStep+ ?y from a known ?x)");
      } else {
        UserError.in(file.toString(), e).lines().forEach(err::println);
      }
    } catch (SstException e) {
      UserError.in(file.toString(), e).lines().forEach(err::println);
    }
    err.flush();
    return ExitCodes.INVALID;
  }

  /** The text as a SPARQL Update, if it is one. */
  private static Optional<UpdateRequest> asUpdate(String text) {
    try {
      return Optional.of(UpdateFactory.create(text));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
