package org.sstlib.core.quotes;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.sstlib.core.Problem;

/**
 * What {@link QuoteCheck} found: the problems (errors: a quote not in its source's text, a quote found only away
 * from its locator's lines, a text that cannot be read), the notes (warnings: a text that is not beside the case
 * file, so its quotes went unchecked), how many quotes were checked, found and left unchecked, the sources whose
 * quotes were left unchecked and why, and an {@link Anchor} for every quote found.
 *
 * <pre>{@code
 * QuoteReport r = check.check(study);
 * r.problems().forEach(System.err::println);
 * r.notes().forEach(System.err::println);
 * System.out.println(r.found() + " of " + r.checked() + " quotes found in their sources; "
 *     + r.unchecked() + " unchecked");
 * }</pre>
 *
 * @param problems errors, each located in the case file as well as it is known
 * @param notes warnings, each located in the case file as well as it is known
 * @param checked the quotes looked for in a text
 * @param found the quotes found in their text (wherever the locator says)
 * @param unchecked the quotes that would be checked but whose source has no text at hand
 * @param uncheckedSources each source with unchecked quotes, in the case's order
 * @param anchors where each found quote stands, in the order of the case's evidence
 */
public record QuoteReport(ImmutableList<Problem> problems, ImmutableList<Problem> notes, int checked, int found,
    int unchecked, ImmutableList<UncheckedSource> uncheckedSources, ImmutableList<Anchor> anchors) {
  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if a count is negative, or more are found than checked
   */
  public QuoteReport {
    checkNotNull(problems, "problems");
    checkNotNull(notes, "notes");
    checkNotNull(uncheckedSources, "uncheckedSources");
    checkNotNull(anchors, "anchors");
    checkArgument(0 <= found && found <= checked && unchecked >= 0, "checked %s, found %s, unchecked %s", checked,
        found, unchecked);
  }

  /** Whether no problem was found (notes do not count). */
  public boolean isValid() {
    return problems.isEmpty();
  }
}
