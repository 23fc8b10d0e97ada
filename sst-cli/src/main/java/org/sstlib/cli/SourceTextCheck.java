package org.sstlib.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sstlib.core.Case;
import org.sstlib.core.Evidence;
import org.sstlib.core.casefile.LocatedCase;
import org.sstlib.core.quotes.CaseLocations;
import org.sstlib.core.quotes.QuoteCheck;
import org.sstlib.core.quotes.QuoteReport;
import org.sstlib.core.quotes.UncheckedSource;

/**
 * The commands' side of checking quotes against their sources' texts: where the texts are read from (beside the
 * file read, or in the folder given with {@code --texts}), and the lines that say what was checked.
 */
final class SourceTextCheck {
  private SourceTextCheck() {}

  /** Refuses a {@code --texts} folder that is not there: every text would be "not found". */
  static void checkFolder(Path texts) throws UserError {
    if (texts != null && !Files.isDirectory(texts)) {
      throw new UserError(texts + ": --texts names no folder (give the folder that holds the sources' texts)");
    }
  }

  /** Checks the quotes of a case read from a case file, each problem placed on the file's lines. */
  static QuoteReport check(LocatedCase read, Path texts) {
    CaseLocations where = path -> {
      int[] at = read.lineAndColumn(path);
      return at[0] > 0 ? Optional.of(new CaseLocations.Location(at[0], at[1])) : Optional.empty();
    };
    return builder(read.file(), texts).locations(where).build().check(read.study());
  }

  /** Checks the quotes of a case read from RDF: problems name the file only. */
  static QuoteReport check(String file, Case study, Path texts) {
    return builder(file, texts).locations(path -> Optional.empty()).build().check(study);
  }

  private static QuoteCheck.Builder builder(String file, Path texts) {
    QuoteCheck.Builder b = QuoteCheck.builder(file);
    if (texts != null) {
      return b.textsIn(texts);
    }
    // The folder as the user named the file, so that messages show their own words ("examples/cases").
    Path folder = Path.of(file).getParent();
    return b.textsBesideCaseFile(folder != null ? folder : Path.of("."));
  }

  /** One line on the quotes: how many were found in their sources' texts, and which sources went unchecked. */
  static Optional<String> summary(String file, QuoteReport r) {
    if (r.checked() == 0 && r.unchecked() == 0) {
      return Optional.empty();
    }
    StringBuilder line = new StringBuilder(file).append(": quotes: ");
    if (r.checked() > 0) {
      line.append(r.found()).append(" of ").append(r.checked()).append(" found in their sources' texts");
    }
    if (r.unchecked() > 0) {
      line.append(r.checked() > 0 ? "; " : "").append(r.unchecked()).append(" unchecked (");
      List<String> why = new ArrayList<>();
      for (UncheckedSource u : r.uncheckedSources()) {
        String reason = switch (u.reason()) {
          case NO_TEXT -> "names no text";
          case TEXT_NOT_FOUND -> "text '" + u.text().orElse("") + "' not found";
          case TEXT_REFUSED -> "text '" + u.text().orElse("") + "' refused";
        };
        why.add("source '" + u.sourceId() + "' " + reason + ": " + u.quotes());
      }
      line.append(String.join("; ", why)).append(')');
    }
    return Optional.of(line.toString());
  }

  /** A line naming the evidence items of no stated kind (a format-version-1 case), if there are any. */
  static Optional<String> kindless(String file, Case study) {
    List<String> ids = study.evidence().stream().filter(e -> e.kind().isEmpty()).map(Evidence::id).toList();
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    String shown = ids.stream().limit(10).collect(Collectors.joining(", "))
        + (ids.size() > 10 ? ", and " + (ids.size() - 10) + " more" : "");
    return Optional.of(file + ": " + ids.size() + (ids.size() == 1 ? " evidence item has" : " evidence items have")
        + " no kind (format version 1): " + shown + "; format version 2 says of each whether it is participant,"
        + " fieldnote, document, composite, author or analyst evidence");
  }
}
