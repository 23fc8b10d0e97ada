package org.sstlib.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sstlib.core.Case;
import org.sstlib.core.SstException;
import org.sstlib.rdf.store.SstStore;
import picocli.CommandLine.Option;

/**
 * Where a query runs: the cases of a file (case file or RDF, loaded into memory), a TDB2 store on disk, or a
 * SPARQL endpoint. Exactly one of them: a command takes {@code --store} or {@code --endpoint}, or else a FILE as
 * its first argument ({@link #take}).
 */
final class StoreOptions {
  String file;

  @Option(names = "--store", paramLabel = "DIR",
      description = "Query a TDB2 store directory (made by sst load) instead of a FILE; it is only read.")
  Path store;

  @Option(names = "--endpoint", paramLabel = "URL",
      description = "A SPARQL endpoint's dataset URL, for example http://127.0.0.1:3030/sst (credentials, if any,"
          + " from SST_ENDPOINT_USER and SST_ENDPOINT_PASSWORD).")
  String endpoint;

  /**
   * Takes the FILE from the front of a command's arguments when neither --store nor --endpoint is given, and
   * returns the rest; bad usage (both options, or a FILE too) is a picocli parameter error.
   */
  List<String> take(List<String> args, int rest, picocli.CommandLine commandLine, String restLabel) {
    if (store != null && endpoint != null) {
      throw new picocli.CommandLine.ParameterException(commandLine, "give --store or --endpoint, not both");
    }
    boolean elsewhere = store != null || endpoint != null;
    int expected = rest + (elsewhere ? 0 : 1);
    if (args.size() != expected) {
      throw new picocli.CommandLine.ParameterException(commandLine, elsewhere
          ? "expected " + restLabel + " after --store or --endpoint"
          : "expected FILE " + restLabel + " (or --store DIR / --endpoint URL and " + restLabel + ")");
    }
    if (elsewhere) {
      return args;
    }
    file = args.get(0);
    return args.subList(1, args.size());
  }

  /**
   * Opens the store the options name, to read: a TDB2 store read-only (a missing or empty directory is refused,
   * never made a store; an archived store that cannot be written is read all the same). The caller closes it.
   */
  SstStore open() throws UserError {
    try {
      if (file != null) {
        List<Case> cases = Inputs.read(file);
        SstStore memory = SstStore.memory();
        memory.putAll(cases);
        return memory;
      }
      if (store != null) {
        if (!Files.isDirectory(store)) {
          throw new UserError(store + ": no such store directory");
        }
        return SstStore.tdb2ReadOnly(store);
      }
      return SstStore.remote(endpoint);
    } catch (SstException e) {
      throw UserError.in(name(), e);
    }
  }

  /** The file, store or endpoint, for messages. */
  String name() {
    return file != null ? file : store != null ? store.toString() : endpoint;
  }
}
