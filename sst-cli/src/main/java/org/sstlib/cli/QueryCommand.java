package org.sstlib.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sstlib.core.SstException;
import org.sstlib.core.internal.DidYouMean;
import org.sstlib.rdf.query.NamedQuery;
import org.sstlib.rdf.query.QueryTable;
import org.sstlib.rdf.query.SstQueries;
import org.sstlib.rdf.store.SstStore;
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
 * }</pre>
 */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Ask a named question of a case file, a store or an endpoint.",
      "",
      "NAME is one of: chain (from, to, limit, maxLength), quadripartite (cycle), field, feedback, unavailable,"
          + " interpretations (about), factors, evidence (element, or from and to). Every query also takes"
          + " case=ID (default: every case). Values are ids, or IRIs in angle brackets. See docs/queries.md."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:answered", "1:invalid input or parameter value", "2:bad usage", "3:internal error in sst"})
final class QueryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOptions source;

  @Parameters(paramLabel = "[FILE] NAME", arity = "1..2",
      description = "A case file or RDF file (unless --store or --endpoint), then the query's name.")
  List<String> args;

  @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter of the query.")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "table, csv or json (default ${DEFAULT-VALUE}).")
  Tables.Format format;

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
    PrintWriter err = spec.commandLine().getErr();
    try (SstStore store = source.open()) {
      QueryTable table = SstQueries.on(store).run(query, params);
      Tables.print(table, format, spec.commandLine().getOut());
      return ExitCodes.OK;
    } catch (UserError e) {
      e.lines().forEach(err::println);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    } catch (SstException e) {
      UserError.in(source.name(), e).lines().forEach(err::println);
    }
    err.flush();
    return ExitCodes.INVALID;
  }
}
