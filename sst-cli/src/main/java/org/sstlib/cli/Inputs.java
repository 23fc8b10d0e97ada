package org.sstlib.cli;

import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sstlib.core.Case;
import org.sstlib.core.InvalidCaseException;
import org.sstlib.core.Problem;
import org.sstlib.core.SstException;
import org.sstlib.core.casefile.CaseFileException;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.casefile.CaseFormat;
import org.sstlib.core.internal.Messages;
import org.sstlib.rdf.RdfCaseException;
import org.sstlib.rdf.io.RdfFiles;
import org.sstlib.rdf.io.RdfFormat;
import org.sstlib.rdf.io.RdfSyntaxException;

/**
 * Reads the cases in a file the user named: a case file (YAML or JSON) holds one case; an RDF file (Turtle,
 * TriG, N-Triples, N-Quads, JSON-LD) holds one or, with named graphs, several. Every problem becomes a located
 * line of a {@link UserError}.
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
    if (java.nio.file.Files.isDirectory(path)) {
      throw new UserError(file + ": is a directory, not a case file or an RDF file");
    }
    try {
      if (isCaseFile(file)) {
        return List.of(CaseFiles.read(path));
      }
      Optional<RdfFormat> rdf = RdfFormat.ofFileName(file);
      if (rdf.isPresent()) {
        if (!path.toFile().exists()) {
          throw new UserError(file + ": no such file");
        }
        List<Case> cases = RdfFiles.read(path);
        if (cases.isEmpty()) {
          throw new UserError(file + ": holds no sst case (no named graph urn:sst:graph:<id> and no sst:Case)");
        }
        return cases;
      }
      throw new UserError(file + ": not a file sst reads: the name should end in " + KINDS);
    } catch (CaseFileException e) {
      List<String> lines = new ArrayList<>();
      e.problems().forEach(p -> lines.add(p.toString()));
      if (lines.isEmpty()) {
        lines.add(e.getMessage());
      }
      throw new UserError(lines);
    } catch (RdfSyntaxException e) {
      throw new UserError(e.getMessage());
    } catch (RdfCaseException e) {
      List<String> lines = new ArrayList<>();
      lines.add(file + ": not an sst case: " + Messages.firstLine(e.getMessage()));
      e.problems().forEach(p -> lines.add(file + ": " + p));
      throw new UserError(lines);
    } catch (InvalidCaseException e) {
      List<String> lines = new ArrayList<>();
      for (Problem p : e.problems()) {
        lines.add(p.inFile(file).toString());
      }
      throw new UserError(lines);
    } catch (SstException e) {
      throw new UserError(file + ": " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw new UserError(file + ": cannot read: " + e.getCause().getMessage());
    }
  }
}
