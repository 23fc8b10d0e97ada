package org.sstlib.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * What a {@link Report} shows beyond what every report holds: the ends of the chain to draw. Immutable.
 *
 * <pre>{@code
 * ReportOptions options = ReportOptions.defaults().withChain("admission-avoidance-policy", "alf-at-home");
 * }</pre>
 *
 * @param from the element the chain starts at; empty for a structure in the first cycle's external role
 * @param to the element the chain ends at; empty for the last cycle's position-practice
 */
public record ReportOptions(Optional<String> from, Optional<String> to) {
  /** Checks the fields. */
  public ReportOptions {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
  }

  /** The chain from a structure in the first cycle's external role to the last cycle's position-practice. */
  public static ReportOptions defaults() {
    return new ReportOptions(Optional.empty(), Optional.empty());
  }

  /** These options with the chain from {@code from} to {@code to}. */
  public ReportOptions withChain(String from, String to) {
    return new ReportOptions(Optional.of(checkNotNull(from, "from")), Optional.of(checkNotNull(to, "to")));
  }
}
