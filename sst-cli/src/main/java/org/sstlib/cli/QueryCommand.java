package org.sstlib.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryCancelledException;
import org.sstlib.core.SstException;
import org.sstlib.core.internal.DidYouMean;
import org.sstlib.rdf.query.ChainPaths;
import org.sstlib.rdf.query.NamedQuery;
import org.sstlib.rdf.query.QueryParameterException;
import org.sstlib.rdf.query.SstQueries;
import org.sstlib.rdf.store.SstStore;
import org.sstlib.rdf.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sst query (FILE | --store DIR | --endpoint URL) NAME [--param k=v]... [-f table|csv|json]}: asks one of
 * the named questions of an SST study.
 *
 * <pre>{@code
 * sst query examples/cases/hughes-2022.yaml chain --param from=admission-avoidance-policy --param to=alf-at-home
 * sst query --store store factors -f csv > factors.csv
 * sst query examples/cases/hughes-2022.yaml provenance
 * sst query examples/cases/hughes-2022.yaml forces --param cycle=bcf-planning -f csv
 * sst query examples/cases/hughes-2022.yaml network --param around=alf-at-home --param depth=1
 * }</pre>
 *
 * <p>The query stops after {@code --timeout} seconds (60 by default), on a remote store also on the server. A
 * chain that has more paths than it shows says how many on standard error, after the answer.
 */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Ask a named question of a case file, a store or an endpoint.",
      "",
      "NAME is one of: chain (from, to, limit, maxLength, absences), quadripartite (cycle), field, feedback,"
          + " unavailable, interpretations (about), factors, evidence (element, or from and to), unrealised,"
          + " provenance, forces (cycle), network (around, depth). Every query also takes case=ID (default: every"
          + " case). Values are ids, or IRIs in angle brackets. See docs/queries.md."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:answered", "1:invalid input, a value that names nothing, or a query that timed out",
        "2:bad usage (also a parameter given twice, or naming an element of a kind it never takes)",
        "3:internal error in sst"})
final class QueryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOptions source;

  @Mixin CsvOptions csv;

  @Parameters(paramLabel = "[FILE] NAME", arity = "1..2",
      description = "A case file or RDF file (unless --store or --endpoint), then the query's name.")
  List<String> args;

  @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter of the query (each once).")
  List<String> params = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "table, csv or json (default ${DEFAULT-VALUE}). In JSON, counts and other numbers are numbers,"
          + " true and false are booleans, and a number or boolean the answer does not give is null.")
  Tables.Format format;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Stop the query if it runs longer (default ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Override
  public Integer call() {
    String name = source.take(args, 1, spec.commandLine(), "NAME").get(0);
    NamedQuery query;
    try {
      query = NamedQuery.forName(name);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "unknown query '" + name + "': use "
          + String.join(", ", NamedQuery.names()) + DidYouMean.hint(name, NamedQuery.names()));
    }
    if (timeoutSeconds < 1) {
      throw new ParameterException(spec.commandLine(), "--timeout must be a whole number of seconds from 1, not "
          + timeoutSeconds);
    }
    Map<String, String> values = parameters();
    PrintWriter err = spec.commandLine().getErr();
    try (SstStore store = source.open()) {
      SstQueries queries = SstQueries.on(store).withTimeout(Duration.ofSeconds(timeoutSeconds));
      if (query == NamedQuery.CHAIN) {
        ChainPaths paths = queries.chainPaths(values);
        Tables.print(paths.table(), query, format, csv, spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
        if (!paths.complete()) {
          err.println(paths.shown() + " of " + (paths.countStopped() ? "at least " : "") + paths.found()
              + " paths shown; --param limit=N shows more (up to " + SstQueries.MAX_LIMIT + ")");
        }
      } else {
        Tables.print(queries.run(query, values), query, format, csv, spec.commandLine().getOut());
      }
      err.flush();
      return ExitCodes.OK;
    } catch (UserError e) {
      e.lines().forEach(err::println);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    } catch (QueryParameterException e) {
      if (e.wrongKind()) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      UserError.in(source.name(), e).lines().forEach(err::println);
    } catch (StoreException e) {
      if (e.getCause() instanceof QueryCancelledException) {
        err.println(source.name() + ": the query ran longer than " + timeoutSeconds + " s and was stopped (raise"
            + " --timeout; a SPARQL endpoint that never answers also ends here)");
      } else {
        UserError.in(source.name(), e).lines().forEach(err::println);
      }
    } catch (SstException e) {
      UserError.in(source.name(), e).lines().forEach(err::println);
    }
    err.flush();
    return ExitCodes.INVALID;
  }

  /**
   * The {@code --param} values as a map, in the order given.
   *
   * @throws ParameterException if one has no {@code =} or a name is given twice (picocli would keep the last)
   */
  private Map<String, String> parameters() {
    Map<String, String> values = new LinkedHashMap<>();
    for (String param : params) {
      int eq = param.indexOf('=');
      if (eq < 1) {
        throw new ParameterException(spec.commandLine(), "--param '" + param + "' is not NAME=VALUE, such as "
            + "--param from=admission-avoidance-policy");
      }
      String key = param.substring(0, eq);
      String value = param.substring(eq + 1);
      String before = values.putIfAbsent(key, value);
      if (before != null) {
        throw new ParameterException(spec.commandLine(), "--param " + key + " is given twice ('" + before
            + "' and '" + value + "'): give each parameter once");
      }
    }
    return values;
  }
}
