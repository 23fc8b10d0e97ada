package org.sstlib.core;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A researcher who made this SST analysis: the classifications of the case are theirs. An evidence item, a cycle
 * or a role entry may name the analyst who made it ({@code by}); by default they are the case's analysts. The
 * authors of the study analysed are {@link Author}s, not analysts.
 *
 * @param id the analyst's id in the case
 * @param name the analyst's name
 * @param orcid the analyst's ORCID iD ({@code 0000-0002-1825-0097}), if given
 */
public record Analyst(String id, String name, Optional<String> orcid) {
  /** Checks that no component is null. */
  public Analyst {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(orcid, "orcid");
  }

  /** An analyst with no ORCID iD. */
  public Analyst(String id, String name) {
    this(id, name, Optional.empty());
  }
}
