package org.sstlib.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sstlib.core.Case;
import org.sstlib.core.Source;
import org.sstlib.core.internal.AtomicFiles;
import org.sstlib.core.quotes.Anchor;
import org.sstlib.core.quotes.SourceTextException;
import org.sstlib.core.quotes.SourceTexts;
import org.sstlib.qda.refi.QdpxExport;
import org.sstlib.rdf.QuoteAnchors;

/**
 * What {@code sst export FILE -f qdpx -o OUT.qdpx [--map MAP]} writes: the case's quoted evidence as a REFI-QDA
 * project, and beside it the map file that imports it back ({@code OUT.map.yaml} unless {@code --map} names
 * another). A source whose text was read for the quote check, with every quote found in it, goes out as that text.
 */
final class QdpxOutput {
  private QdpxOutput() {}

  /** The map file's default name: the output's, {@code .qdpx} replaced by {@code .map.yaml}. */
  static Path defaultMap(Path output) {
    String name = output.getFileName().toString();
    String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".qdpx") ? name.substring(0, name.length() - 5)
        : name;
    return output.resolveSibling(stem + ".map.yaml");
  }

  /**
   * Writes the project and its map, each whole or not at all.
   *
   * @param texts the folder the sources' texts were read from for the quote check, if any
   * @return the exit code
   */
  static int write(Case study, QuoteAnchors anchors, Optional<Path> texts, Path output, Path map, PrintWriter err) {
    List<Anchor> found = List.copyOf(anchors.of(study.id()).values());
    QdpxExport.Result r = QdpxExport.of(study, found, source -> textOf(source, texts, found),
        "sst " + VersionProvider.version());
    try {
      AtomicFiles.write(output, out -> out.write(r.qdpx()));
    } catch (IOException e) {
      err.println(output + ": cannot write: " + FileErrors.reason(e) + "; nothing written");
      return ExitCodes.INVALID;
    }
    try {
      AtomicFiles.write(map, out -> out.write(r.map().getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      err.println(map + ": cannot write the map: " + FileErrors.reason(e) + "; " + output + " was written");
      return ExitCodes.INVALID;
    }
    err.println(output + ": " + r.selections() + (r.selections() == 1 ? " quote" : " quotes") + " of case '"
        + study.id() + "' written as coded selections in " + sources(r) + (r.withoutQuote() == 0 ? ""
            : "; " + r.withoutQuote() + " evidence " + (r.withoutQuote() == 1 ? "item" : "items")
                + " without a quote not written (a project codes passages)"));
    err.println(map + ": the map to import it back (sst import qdpx " + output + " --map " + map + " --into CASE)");
    return ExitCodes.OK;
  }

  private static String sources(QdpxExport.Result r) {
    int n = r.fullTexts().size() + r.quoteTexts().size();
    return n + (n == 1 ? " source" : " sources") + " (" + r.fullTexts().size() + " with the source's own text, "
        + r.quoteTexts().size() + " with the quotes the case records)";
  }

  /** A source's text, read again where the quote check found quotes in it. */
  private static Optional<String> textOf(Source source, Optional<Path> folder, List<Anchor> found) {
    if (folder.isEmpty() || source.text().isEmpty()
        || found.stream().noneMatch(a -> a.sourceId().equals(source.id()))) {
      return Optional.empty();
    }
    try {
      return Optional.of(SourceTexts.read(folder.get(), source.text().get()).text());
    } catch (SourceTextException e) {
      return Optional.empty();
    }
  }
}
