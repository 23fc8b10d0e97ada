package org.sstlib.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.datatypes.DatatypeFormatException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.resultset.ResultsWriter;
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
 * <p>SELECT answers print as a table, CSV or JSON (an array of flat objects, with typed literals as JSON numbers and
 * booleans and an unbound variable as {@code null}), or in the W3C formats for other SPARQL tools: {@code -f srj}
 * (SPARQL 1.1 Query Results JSON, {@code application/sparql-results+json}) and {@code -f tsv} (SPARQL 1.1 Query
 * Results TSV). ASK prints true or false, or the W3C JSON boolean form with {@code -f srj}; CONSTRUCT and DESCRIBE
 * print Turtle, or N-Triples with {@code -f ntriples}. The default graph is the union of the cases;
 * {@code GRAPH ?g} reaches each case's graph {@code urn:sst:graph:<id>}. Updates and {@code SERVICE} calls are
 * refused. A query that runs longer than {@code --timeout} is stopped by Jena's own query timeout (on a remote store
 * also on the server, through Fuseki's timeout parameter), so that nothing goes on running after the command has
 * ended.
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
          + " for you. SELECT prints a table (or CSV, JSON, or the W3C results formats srj and tsv), ASK true/false"
          + " (srj: the W3C JSON form), CONSTRUCT and DESCRIBE Turtle (or N-Triples with -f ntriples)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:answered", "1:invalid input, a query that does not parse, or one that timed out",
        "2:bad usage", "3:internal error in sst"})
final class SparqlCommand implements Callable<Integer> {

  /**
   * How an answer is printed: the first five for SELECT (and ASK, which prints true or false in all but srj), the
   * last two for CONSTRUCT and DESCRIBE.
   */
  enum Format {
    TABLE, CSV, JSON, SRJ, TSV, TURTLE, NTRIPLES;

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
      description = "For SELECT: table, csv, json (default ${DEFAULT-VALUE}), or the W3C SPARQL results formats srj"
          + " (JSON, also for ASK) and tsv. For CONSTRUCT and DESCRIBE: turtle (the default) or ntriples.")
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
    if (graph && !forGraphs && format != Format.TABLE) {
      throw new ParameterException(spec.commandLine(), "-f " + format + " is for SELECT"
          + (format == Format.SRJ ? " and ASK" : "") + "; a "
          + (query.isConstructType() ? "CONSTRUCT" : "DESCRIBE") + " prints turtle (the default) or ntriples");
    }
    if (!graph && forGraphs) {
      throw new ParameterException(spec.commandLine(), "-f " + format + " is for CONSTRUCT and DESCRIBE; a "
          + (query.isAskType() ? "ASK prints true or false (or srj)"
              : "SELECT prints table, csv, json, srj or tsv"));
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
        // The whole answer is read while the query runs, then printed.
        ResultSetRewindable rows = store.select(query, timeout, ResultSet::rewindable);
        if (format == Format.SRJ || format == Format.TSV) {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          ResultsWriter.create().lang(format == Format.SRJ ? ResultSetLang.RS_JSON : ResultSetLang.RS_TSV).build()
              .write(bytes, rows);
          out.print(bytes.toString(StandardCharsets.UTF_8));
        } else {
          QueryTable table = QueryTable.copyOf(rows);
          if (format == Format.JSON) {
            rows.reset();
            Tables.json(table.columns(), typed(table, rows), out);
          } else {
            Tables.print(table, format == Format.CSV ? Tables.Format.CSV : Tables.Format.TABLE, csv, out);
          }
        }
      } else if (query.isAskType()) {
        boolean yes = store.ask(query, timeout);
        if (format == Format.SRJ) {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          ResultsWriter.create().lang(ResultSetLang.RS_JSON).build().write(bytes, yes);
          out.print(bytes.toString(StandardCharsets.UTF_8));
        } else {
          out.println(yes);
        }
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

  /**
   * The rows of a SELECT answer for JSON: the table's text, but a well-formed numeric literal (xsd:integer, decimal,
   * double, float and the types derived from them) as its number, an xsd:boolean as its boolean, and an unbound
   * variable as null. The type comes from the literal's datatype, never from what its text looks like: "007" as a
   * plain string stays a string. A double or float that is not finite (NaN, INF) has no JSON form and stays text.
   */
  private static List<Map<String, Object>> typed(QueryTable table, ResultSet results) {
    List<Var> vars = table.columns().stream().map(Var::alloc).toList();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, String> text : table.rows()) {
      Binding binding = results.nextBinding();
      Map<String, Object> row = new HashMap<>();
      for (Var v : vars) {
        row.put(v.getVarName(), value(binding.get(v), text.get(v.getVarName())));
      }
      rows.add(row);
    }
    return rows;
  }

  private static Object value(Node node, String text) {
    if (node == null) {
      return null;
    }
    if (!node.isLiteral() || !node.getLiteral().isWellFormed()) {
      return text; // an IRI, a blank node, or an ill-formed literal such as "many"^^xsd:integer
    }
    Object value;
    try {
      value = node.getLiteralValue();
    } catch (DatatypeFormatException e) {
      return text;
    }
    if (value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
      return text;
    }
    return value instanceof Boolean || value instanceof Number ? value : text;
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
