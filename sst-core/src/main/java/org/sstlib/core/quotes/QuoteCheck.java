package org.sstlib.core.quotes;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sstlib.core.Case;
import org.sstlib.core.Evidence;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.Problem;
import org.sstlib.core.Source;

/**
 * Checks a case's quotes against their sources' texts: every quote of a {@code participant}, {@code fieldnote},
 * {@code document} or {@code composite} evidence item (and of an item of no stated kind, as in a format-version-1
 * case) whose source names a text must be in that text, after the normalisations {@link QuoteFinder} applies; a
 * locator that names lines ({@code L109}, {@code lines 109-111}) must overlap the lines where the quote stands.
 * The quotes of {@code author} and {@code analyst} items are checked too: a quote is verbatim whatever its kind.
 *
 * <p>Texts are read once each, with {@link SourceTexts}, from one folder: the case file's ({@link
 * Builder#textsBesideCaseFile}), where a missing text is only a note (a fresh clone has no papers, and its quotes
 * count as unchecked), or a folder given on purpose ({@link Builder#textsIn}, {@code --texts DIR}), where a missing
 * text is an error. A text that exists but is refused (a symbolic link out of the folder, a folder, a binary or
 * non-UTF-8 file, a file over 64 MiB) is always an error.
 *
 * <pre>{@code
 * QuoteReport report = QuoteCheck.builder("cases/hughes-2022.yaml")
 *     .textsBesideCaseFile(Path.of("cases"))
 *     .locations(where)                       // where each path is written in the case file
 *     .build()
 *     .check(study);
 * report.problems().forEach(System.err::println);
 * // cases/hughes-2022.yaml:88:12: evidence[7].quote: quote of evidence 'ev-7' is not in text 'int-07.txt' of
 * // source 'interviews': the closest passage, at L42, reads "we all just muck in": look for a changed word ...
 * }</pre>
 *
 * <p>Immutable and thread-safe; each {@link #check} reads the texts afresh.
 */
public final class QuoteCheck {
  private final String caseFile;
  private final Path folder;
  private final boolean folderGiven;
  private final CaseLocations locations;

  private QuoteCheck(Builder b) {
    this.caseFile = b.caseFile;
    this.folder = b.folder;
    this.folderGiven = b.folderGiven;
    this.locations = b.locations;
  }

  /**
   * Starts a check of quotes for the case read from {@code caseFile}.
   *
   * @param caseFile the case file's name as problems show it
   */
  public static Builder builder(String caseFile) {
    return new Builder(caseFile);
  }

  /**
   * Whether a quote of evidence of this kind is looked for in its source's text: a quote is verbatim whatever its
   * kind, so every kind's is (an {@code author} item quotes the study's own sentences; a paraphrase goes in its
   * note), and so is a quote of no stated kind.
   */
  public static boolean checks(Optional<EvidenceKind> kind) {
    return true;
  }

  /** Checks the quotes of the case. Reads the texts its sources name; never throws for a text's problems. */
  public QuoteReport check(Case c) {
    checkNotNull(c, "case");
    return new Run(c).run();
  }

  /** One check of one case. */
  private final class Run {
    private final Case c;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> notes = new ArrayList<>();
    private final ImmutableList.Builder<Anchor> anchors = ImmutableList.builder();
    /** Each text name read, and its text or why it could not be read. */
    private final Map<String, Object> read = new HashMap<>();
    /** Each source with a text at hand. */
    private final Map<String, SourceText> texts = new HashMap<>();
    /** Each source without one, and why. */
    private final Map<String, UncheckedSource.Reason> why = new HashMap<>();
    private final Map<String, Integer> uncheckedBySource = new LinkedHashMap<>();
    private int checked;
    private int found;
    private int unchecked;

    Run(Case c) {
      this.c = c;
    }

    QuoteReport run() {
      ImmutableList<Source> sources = c.sources();
      Map<String, Integer> quotesOf = new HashMap<>();
      for (Evidence e : c.evidence()) {
        if (isChecked(e)) {
          quotesOf.merge(e.source(), 1, Integer::sum);
        }
      }
      for (int i = 0; i < sources.size(); i++) {
        Source s = sources.get(i);
        if (s.text().isEmpty()) {
          why.put(s.id(), UncheckedSource.Reason.NO_TEXT);
        } else if (quotesOf.containsKey(s.id())) {
          text(i, s, s.text().get(), quotesOf.get(s.id()));
        }
      }
      ImmutableList<Evidence> evidence = c.evidence();
      for (int i = 0; i < evidence.size(); i++) {
        Evidence e = evidence.get(i);
        if (!isChecked(e)) {
          continue;
        }
        SourceText text = texts.get(e.source());
        if (text == null) {
          unchecked++;
          uncheckedBySource.merge(e.source(), 1, Integer::sum);
        } else {
          checked++;
          quote(i, e, text);
        }
      }
      ImmutableList.Builder<UncheckedSource> uncheckedSources = ImmutableList.builder();
      for (Source s : sources) {
        Integer n = uncheckedBySource.get(s.id());
        if (n != null) {
          uncheckedSources.add(new UncheckedSource(s.id(), s.text(), why.get(s.id()), n));
        }
      }
      return new QuoteReport(ImmutableList.copyOf(problems), ImmutableList.copyOf(notes), checked, found, unchecked,
          uncheckedSources.build(), anchors.build());
    }

    private boolean isChecked(Evidence e) {
      return checks(e.kind()) && e.quote().isPresent() && !e.quote().get().isBlank();
    }

    /** Reads source {@code i}'s text (once for all the sources that name it). */
    private void text(int i, Source s, String name, int quotes) {
      Object result = read.computeIfAbsent(name, n -> {
        try {
          return SourceTexts.read(folder, n);
        } catch (SourceTextException e) {
          return e;
        }
      });
      if (result instanceof SourceText text) {
        texts.put(s.id(), text);
        return;
      }
      SourceTextException e = (SourceTextException) result;
      String path = "sources[" + i + "].text";
      String message = "source '" + s.id() + "': " + e.getMessage();
      if (e.isMissing() && !folderGiven) {
        why.put(s.id(), UncheckedSource.Reason.TEXT_NOT_FOUND);
        notes.add(problem(path, s.id(), message + ", so its " + (quotes == 1 ? "quote is" : quotes + " quotes are")
            + " not checked; give the folder of the texts with --texts DIR"));
      } else {
        why.put(s.id(), e.isMissing() ? UncheckedSource.Reason.TEXT_NOT_FOUND : UncheckedSource.Reason.TEXT_REFUSED);
        problems.add(problem(path, s.id(), message));
      }
    }

    /** Looks for evidence item {@code i}'s quote in its source's text. */
    private void quote(int i, Evidence e, SourceText text) {
      String quote = e.quote().get();
      ImmutableList<Occurrence> occurrences = QuoteFinder.find(text, quote);
      String what = "quote of evidence '" + e.id() + "'";
      String of = "text '" + text.name() + "' of source '" + e.source() + "'";
      if (occurrences.isEmpty()) {
        problems.add(problem("evidence[" + i + "].quote", e.id(), what + " is not in " + of + ": "
            + QuoteMessages.closest(text, quote)));
        return;
      }
      found++;
      ImmutableList<LocatorLines.Range> lines = e.locator().map(LocatorLines::parse).orElse(ImmutableList.of());
      Occurrence chosen = occurrences.get(0);
      if (!lines.isEmpty()) {
        Optional<Occurrence> agreeing = occurrences.stream()
            .filter(o -> lines.stream().anyMatch(r -> r.overlaps(o.startLine(), o.endLine()))).findFirst();
        if (agreeing.isPresent()) {
          chosen = agreeing.get();
        } else {
          problems.add(problem("evidence[" + i + "].locator", e.id(), what + " is found in " + of + " at "
              + QuoteMessages.lines(occurrences) + ", not at the locator's " + QuoteMessages.ranges(lines)
              + ": correct the locator, or the quote"));
        }
      }
      anchors.add(Anchor.of(e.id(), e.source(), text, chosen));
    }

    private Problem problem(String path, String elementId, String message) {
      Optional<CaseLocations.Location> at = locate(path);
      return new Problem(Optional.of(caseFile), at.map(CaseLocations.Location::line).orElse(0),
          at.map(CaseLocations.Location::column).orElse(0), path, elementId, message);
    }

    /** The location of the path, or of its nearest written ancestor. */
    private Optional<CaseLocations.Location> locate(String path) {
      String p = path;
      while (true) {
        Optional<CaseLocations.Location> at = locations.locate(p);
        if (at.isPresent() || p.isEmpty()) {
          return at;
        }
        int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
        p = cut <= 0 ? "" : p.substring(0, cut);
      }
    }
  }

  /** Builds a {@link QuoteCheck}. Not thread-safe. */
  public static final class Builder {
    private final String caseFile;
    private Path folder;
    private boolean folderGiven;
    private CaseLocations locations = CaseLocations.none();

    private Builder(String caseFile) {
      this.caseFile = checkNotNull(caseFile, "caseFile");
    }

    /** Reads texts in the case file's folder; a text that is not there leaves its quotes unchecked, with a note. */
    public Builder textsBesideCaseFile(Path caseFolder) {
      this.folder = checkNotNull(caseFolder, "caseFolder");
      this.folderGiven = false;
      return this;
    }

    /** Reads texts in a folder given on purpose ({@code --texts DIR}); a text that is not there is an error. */
    public Builder textsIn(Path textFolder) {
      this.folder = checkNotNull(textFolder, "textFolder");
      this.folderGiven = true;
      return this;
    }

    /** Where each path is written in the case file; by default nowhere (problems have no line). */
    public Builder locations(CaseLocations locations) {
      this.locations = checkNotNull(locations, "locations");
      return this;
    }

    /**
     * The check.
     *
     * @throws IllegalStateException if no folder of texts was given
     */
    public QuoteCheck build() {
      checkState(folder != null, "give the folder of texts: textsBesideCaseFile or textsIn");
      return new QuoteCheck(this);
    }
  }
}
