package org.sstlib.core;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A researcher who made classifications in the case; evidence names its analyst.
 *
 * @param id the analyst's id in the case
 * @param name the analyst's name
 */
public record Analyst(String id, String name) {
  public Analyst {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
  }
}
