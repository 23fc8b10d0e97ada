package org.sstlib.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.sstlib.core.Case;
import org.sstlib.core.SstException;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.casefile.CaseFormat;
import org.sstlib.core.casefile.LocatedCase;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.io.RdfFiles;
import org.sstlib.rdf.io.RdfFormat;
import org.sstlib.rdf.io.WrittenCases;

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

  /**
   * A case, the graph the theory's shapes check for it, and, for a case file, where each part of the case is
   * written (for the problems of the quotes' check).
   */
  record CaseAndGraph(Case study, Graph graph, Optional<LocatedCase> located) {}

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
      return loaded.cases().stream().map(c -> new CaseAndGraph(c, loaded.graphs().apply(c), loaded.located()))
          .toList();
    } catch (SstException e) {
      throw UserError.in(file, e);
    }
  }

  /**
   * The cases of a file, where each one's graph for the shapes comes from, and, for a case file, where its parts
   * are written.
   */
  record Loaded(List<Case> cases, Function<Case, Graph> graphs, Optional<LocatedCase> located) {}

  static Loaded load(String file) throws UserError {
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw new UserError(file + ": not a valid file name: " + e.getReason());
    }
    try {
      if (isCaseFile(file)) {
        LocatedCase read = CaseFiles.readLocated(path);
        return new Loaded(List.of(read.study()), CaseGraphs::toGraph, Optional.of(read));
      }
      if (isRdf(file) && !Files.isDirectory(path)) {
        // One parse gives the cases and the RDF as written, for the shapes.
        WrittenCases read = RdfFiles.readWithGraphs(path);
        return new Loaded(read.cases(), c -> read.graphOf(c.id()), Optional.empty());
      }
    } catch (SstException e) {
      throw UserError.in(file, e);
    } catch (UncheckedIOException e) {
      throw new UserError(file + ": cannot read: " + e.getCause().getMessage());
    }
    throw new UserError(file + ": " + (Files.isDirectory(path) ? "is a directory, not a case file or an RDF file"
        : "not a file sst reads: the name should end in " + KINDS));
  }
}
