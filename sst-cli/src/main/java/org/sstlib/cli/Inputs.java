package org.sstlib.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.sstlib.core.Case;
import org.sstlib.core.SstException;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.casefile.CaseFormat;
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

  /** Every case in the file, in its order. */
  static List<Case> read(String file) throws UserError {
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw new UserError(file + ": not a valid file name: " + e.getReason());
    }
    try {
      if (isCaseFile(file)) {
        return List.of(CaseFiles.read(path));
      }
      if (isRdf(file) && !Files.isDirectory(path)) {
        return RdfFiles.read(path);
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
