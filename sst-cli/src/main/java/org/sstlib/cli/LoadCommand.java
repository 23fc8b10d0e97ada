package org.sstlib.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sstlib.core.Case;
import org.sstlib.core.SstException;
import org.sstlib.rdf.store.SstStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sst load FILE... --store DIR}: puts cases into a TDB2 store, all or nothing.
 *
 * <pre>{@code
 * sst load examples/cases/*.yaml --store store
 * }</pre>
 *
 * <p>Every file is read and checked first; if any is invalid nothing is loaded. The cases then go into the store
 * in one transaction, each replacing whatever the store held under its id.
 */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Load cases into a store on disk (TDB2), all or nothing.",
      "",
      "Reads every FILE first (case files or RDF); if any is invalid, prints every problem and loads nothing."
          + " Then stores all the cases in one transaction, each replacing the case of the same id. The store"
          + " directory is created if it does not exist."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:loaded", "1:invalid input or store problem; the store is unchanged", "2:bad usage",
        "3:internal error in sst"})
final class LoadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Case files or RDF files.")
  List<String> files;

  @Option(names = "--store", paramLabel = "DIR", required = true, description = "The TDB2 store directory.")
  Path store;

  @Override
  public Integer call() throws UserError {
    PrintWriter out = spec.commandLine().getOut();
    List<Case> cases = new ArrayList<>();
    Map<String, String> fileOf = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (String file : files) {
      try {
        for (Case c : Inputs.read(file)) {
          // Only the command line knows which file a case came from, so it names both files of a repeated id.
          String first = fileOf.putIfAbsent(c.id(), file);
          if (first != null) {
            problems.add(file + ": case '" + c.id() + "' is also in " + first + "; load one of them");
          } else {
            cases.add(c);
          }
        }
      } catch (UserError e) {
        problems.addAll(e.lines());
      }
    }
    if (!problems.isEmpty()) {
      throw new UserError(nothingLoaded(problems));
    }
    try (SstStore s = SstStore.tdb2(store)) {
      // A case may continue only a case loaded with it or already in the store: a chain cannot join a missing one.
      Set<String> known = new HashSet<>(s.caseIds());
      cases.forEach(c -> known.add(c.id()));
      for (Case c : cases) {
        for (int i = 0; i < c.continues().size(); i++) {
          String other = c.continues().get(i);
          if (!known.contains(other)) {
            problems.add(fileOf.get(c.id()) + ": case '" + c.id() + "', continues[" + i + "]: no case '" + other
                + "' in the files given or in the store; load it with this case or first");
          }
        }
      }
      if (!problems.isEmpty()) {
        throw new UserError(nothingLoaded(problems));
      }
      s.putAll(cases);
      out.println(store + ": loaded " + cases.size() + (cases.size() == 1 ? " case" : " cases") + " ("
          + cases.stream().map(Case::id).collect(Collectors.joining(", ")) + "); the store holds "
          + s.caseIds().size());
    } catch (SstException e) {
      throw new UserError(nothingLoaded(UserError.in(store.toString(), e).lines()));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private List<String> nothingLoaded(List<String> problems) {
    List<String> lines = new ArrayList<>(problems);
    lines.add(store + ": nothing loaded");
    return lines;
  }
}
