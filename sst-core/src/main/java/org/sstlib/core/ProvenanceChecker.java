package org.sstlib.core;

import static org.sstlib.core.internal.Messages.article;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.sstlib.core.internal.DidYouMean;

/**
 * Checks who says what in a {@link Case.Builder}: the study's authors and the case's analysts, who made each
 * classification ({@code by} on evidence, cycles and role entries), the kinds of evidence, and the names of the
 * sources' texts.
 *
 * <p>The rules, each reported with the case-file path and the id of the element concerned:
 *
 * <ul>
 *   <li>an author has a name; an ORCID iD, of an author or an analyst, is four groups of four digits (the last may
 *       be X) with a valid check digit (ISO 7064 MOD 11-2), written without the {@code https://orcid.org/} prefix;
 *   <li>{@code by} names an analyst of the case;
 *   <li>participant, field-note, document and composite evidence quote what was said, observed or written: they have
 *       a quote (a paraphrase is the authors' or the analysts' claim);
 *   <li>a source's {@code text} is a relative path with {@code /} between names, inside the case file's folder: not
 *       absolute, no {@code ..}, no backslash, no {@code :} (so no URL: nothing is read from the network).
 * </ul>
 *
 * <p>Not thread-safe: one checker per check.
 */
final class ProvenanceChecker {

  private static final Pattern ORCID = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");
  private static final int MAX_HINTS = 100;

  private final Case.Builder b;
  private final Function<String, Optional<String>> kindOf;
  private final CheckSink sink;
  private final Set<String> analysts = new HashSet<>();
  private int hints;

  /**
   * @param kindOf what an id of the case names ("agent", "structure", "cycle", ...), if anything
   */
  ProvenanceChecker(Case.Builder b, Function<String, Optional<String>> kindOf, CheckSink sink) {
    this.b = b;
    this.kindOf = kindOf;
    this.sink = sink;
    b.analysts.forEach(a -> analysts.add(a.id()));
  }

  void check() {
    for (int i = 0; i < b.authors.size(); i++) {
      Author a = b.authors.get(i);
      String path = "authors[" + i + "]";
      if (a.name().isBlank()) {
        sink.add(path + ".name", b.id, "author " + (i + 1) + " has no name");
      }
      a.orcid().ifPresent(o -> orcid(path + ".orcid", b.id, o));
    }
    for (int i = 0; i < b.analysts.size(); i++) {
      Analyst a = b.analysts.get(i);
      String path = "analysts[" + i + "].orcid";
      a.orcid().ifPresent(o -> orcid(path, a.id(), o));
    }
    for (int i = 0; i < b.sources.size(); i++) {
      Source s = b.sources.get(i);
      String path = "sources[" + i + "].text";
      s.text().flatMap(TextNames::problem).ifPresent(m -> sink.add(path, s.id(), "source '" + s.id() + "': " + m));
    }
    for (int i = 0; i < b.cycles.size(); i++) {
      Cycle c = b.cycles.get(i);
      String path = "cycles[" + i + "]";
      c.by().ifPresent(a -> analyst(path + ".by", c.id(), a));
      entries(path + ".external", c, c.external());
      entries(path + ".material", c, c.material());
      for (int j = 0; j < c.outcomes().size(); j++) {
        int k = j;
        c.outcomes().get(j).by().ifPresent(a -> analyst(path + ".outcomes[" + k + "].by", c.id(), a));
      }
    }
    for (int i = 0; i < b.evidence.size(); i++) {
      Evidence e = b.evidence.get(i);
      String path = "evidence[" + i + "]";
      e.by().ifPresent(a -> analyst(path + ".by", e.id(), a));
      boolean quote = e.quote().map(q -> !q.isBlank()).orElse(false);
      e.kind().filter(EvidenceKind::quotesTheField).filter(k -> !quote).ifPresent(k -> sink.add(path + ".quote",
          e.id(), "evidence '" + e.id() + "' is " + k.code() + " evidence with no quote: it records what was "
              + "said, observed or written, so give the words; a paraphrase is the authors' claim (kind: author) or "
              + "the analysts' (kind: analyst)"));
    }
  }

  private void entries(String path, Cycle c, List<Condition> entries) {
    for (int j = 0; j < entries.size(); j++) {
      int k = j;
      entries.get(j).by().ifPresent(a -> analyst(path + "[" + k + "].by", c.id(), a));
    }
  }

  private void analyst(String path, String owner, String ref) {
    if (analysts.contains(ref)) {
      return;
    }
    Optional<String> what = kindOf.apply(ref);
    if (what.isPresent()) {
      sink.add(path, owner, "'" + ref + "' is " + article(what.get()) + " " + what.get() + ", not an analyst: by "
          + "names the analyst who made the classification");
    } else {
      String hint = hints++ < MAX_HINTS ? DidYouMean.hint(ref, analysts) : "";
      String described = kindOf.apply(owner).map(k -> k + " '" + owner + "'").orElse("'" + owner + "'");
      sink.add(path, owner, "analyst '" + ref + "' is referenced by " + described + " but not defined" + hint);
    }
  }

  private void orcid(String path, String owner, String orcid) {
    if (!ORCID.matcher(orcid).matches()) {
      sink.add(path, owner, "'" + orcid + "' is not an ORCID iD: write its sixteen characters in four groups, "
          + "such as 0000-0002-1825-0097, without https://orcid.org/");
    } else if (!checkDigitHolds(orcid)) {
      sink.add(path, owner, "'" + orcid + "' is not an ORCID iD: its last character is not the check digit of "
          + "the others (ISO 7064 MOD 11-2); look for a mistyped digit");
    }
  }

  /** The ORCID check digit: ISO 7064 MOD 11-2 over the first fifteen digits. */
  static boolean checkDigitHolds(String orcid) {
    String digits = orcid.replace("-", "");
    int total = 0;
    for (int i = 0; i < digits.length() - 1; i++) {
      total = (total + (digits.charAt(i) - '0')) * 2;
    }
    int result = (12 - total % 11) % 11;
    char expected = result == 10 ? 'X' : (char) ('0' + result);
    return digits.charAt(digits.length() - 1) == expected;
  }
}
