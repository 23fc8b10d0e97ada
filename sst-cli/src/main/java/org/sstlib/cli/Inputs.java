package org.sstlib.cli;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.sstlib.core.Case;
import org.sstlib.core.SstException;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.casefile.CaseFormat;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.GraphNames;
import org.sstlib.rdf.io.RdfFiles;
import org.sstlib.rdf.io.RdfFormat;

/**
 * Reads the cases in a file the user named: a case file (YAML or JSON) holds one case; an RDF file (Turtle,
 * TriG, N-Triples, N-Quads, JSON-LD) holds one or, with named graphs, several. The libraries check the file; every
 * problem they find becomes a located line of a {@link UserError}.
 */
final class Inputs {
  private Inputs() {}

  /** The kinds of file accepted, for messages. */
  static final String KINDS = ".yaml, .yml, .json (case files) or .ttl, .trig, .nt, .nq, .jsonld (RDF)";

  static boolean isCaseFile(String file) {
    return CaseFormat.ofFileName(file).isPresent();
  }

  static boolean isRdf(String file) {
    return RdfFormat.ofFileName(file).isPresent();
  }

  /** A case, and the graph the theory's shapes check for it. */
  record CaseAndGraph(Case study, Graph graph) {}

  /** Every case in the file, in its order. */
  static List<Case> read(String file) throws UserError {
    return load(file).cases();
  }

  /**
   * Every case in the file, in its order, each with the graph the theory's shapes check: for RDF, the graph as the
   * file wrote it (so that shapes for what only hand-written RDF can get wrong, such as a missing chain step, can
   * find it); for a case file, the case's graph as the library maps it.
   */
  static List<CaseAndGraph> readWithGraphs(String file) throws UserError {
    Loaded loaded = load(file);
    try {
      return loaded.cases().stream().map(c -> new CaseAndGraph(c, loaded.graphs().apply(c))).toList();
    } catch (SstException e) {
      throw UserError.in(file, e);
    }
  }

  /** The cases of a file, and where each one's graph for the shapes comes from. */
  private record Loaded(List<Case> cases, Function<Case, Graph> graphs) {}

  private static Loaded load(String file) throws UserError {
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw new UserError(file + ": not a valid file name: " + e.getReason());
    }
    try {
      if (isCaseFile(file)) {
        return new Loaded(List.of(CaseFiles.read(path)), CaseGraphs::toGraph);
      }
      Optional<RdfFormat> rdf = RdfFormat.ofFileName(file);
      if (rdf.isPresent() && !Files.isDirectory(path)) {
        // The bytes are read once: the library reads the cases from them, and the shapes check the graph they
        // hold, so both see the same file even if it changes meanwhile.
        byte[] bytes = bytes(path, file);
        List<Case> cases = RdfFiles.read(new ByteArrayInputStream(bytes), rdf.get(), file);
        Supplier<DatasetGraph> written = Suppliers.memoize(() -> parse(bytes, rdf.get()));
        return new Loaded(cases, c -> graphOf(written.get(), c));
      }
    } catch (SstException e) {
      throw UserError.in(file, e);
    } catch (UncheckedIOException e) {
      throw new UserError(file + ": cannot read: " + e.getCause().getMessage());
    }
    throw new UserError(file + ": " + (Files.isDirectory(path) ? "is a directory, not a case file or an RDF file"
        : "not a file sst reads: the name should end in " + KINDS));
  }

  /** The file's bytes, up to one more than the library reads, so that it can say the file is too large. */
  private static byte[] bytes(Path path, String file) throws UserError {
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes((int) RdfFiles.MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw new UserError(file + ": no such file");
    } catch (IOException e) {
      throw new UserError(file + ": cannot read: " + e.getMessage());
    }
  }

  /**
   * The dataset RDF bytes hold, exactly as written. Only for bytes {@link RdfFiles#read} has accepted: they are
   * valid, within the limits, need no base and load no JSON-LD context, so Jena's plain parser reads them safely.
   */
  private static DatasetGraph parse(byte[] bytes, RdfFormat format) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    DatasetGraph dataset = DatasetGraphFactory.create();
    RDFParser.source(new ByteArrayInputStream(bytes, start, bytes.length - start))
        .lang(format.lang())
        .errorHandler(ErrorHandlerFactory.errorHandlerNoLogging)
        .parse(dataset);
    return dataset;
  }

  /** The graph of a case in an RDF file: its named graph {@code urn:sst:graph:<id>}, or else the default graph. */
  private static Graph graphOf(DatasetGraph dataset, Case c) {
    Node name = GraphNames.graphNode(c.id());
    return dataset.containsGraph(name) ? dataset.getGraph(name) : dataset.getDefaultGraph();
  }
}
