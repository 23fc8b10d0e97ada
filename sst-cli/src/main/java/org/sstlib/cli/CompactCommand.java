package org.sstlib.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sstlib.core.SstException;
import org.sstlib.rdf.store.SstStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sst compact --store DIR}: gives back the disk space a TDB2 store holds but no longer uses.
 *
 * <pre>{@code
 * sst compact --store store
 * }</pre>
 *
 * <p>TDB2 never reuses the space of replaced cases nor of a load that was stopped part-way (an error, Ctrl-C, a
 * crash): the store keeps growing. Compacting writes its current state into a new generation directory and deletes
 * the old one ({@link SstStore#compactTdb2}).
 */
@Command(
    name = "compact",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Give back the disk space a store (TDB2) holds but no longer uses.",
      "",
      "Replaced cases and loads stopped part-way leave space the store never reuses. Compacting writes the store's"
          + " current state into a new generation directory (Data-NNNN) and deletes the old one; the cases are"
          + " unchanged. It needs the space of the current data once more while it runs, and no other process may"
          + " have the store open."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:compacted", "1:no store there, or it is in use or cannot be written; the store is unchanged",
        "2:bad usage", "3:internal error in sst"})
final class CompactCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--store", paramLabel = "DIR", required = true, description = "The TDB2 store directory.")
  Path store;

  @Override
  public Integer call() throws UserError {
    String generation;
    try {
      generation = SstStore.compactTdb2(store);
    } catch (SstException e) {
      throw UserError.in(store.toString(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(store + ": compacted; the store now uses " + generation + " and the old data was deleted");
    out.flush();
    return ExitCodes.OK;
  }
}
