package org.sstlib.core;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One of the authors of the study a case analyses (the published paper or report). Authors are not the case's
 * {@link Analyst analysts}: the classifications of an SST analysis belong to its analysts, and the authors are
 * credited with the publication only.
 *
 * @param name the author's name as the publication gives it
 * @param orcid the author's ORCID iD ({@code 0000-0002-1825-0097}), if given
 */
public record Author(String name, Optional<String> orcid) {
  /** Checks that no component is null. */
  public Author {
    checkNotNull(name, "name");
    checkNotNull(orcid, "orcid");
  }

  /** An author with a name only. */
  public static Author of(String name) {
    return new Author(name, Optional.empty());
  }
}
