package org.sstlib.rdf.query;

import org.sstlib.core.Case;

/** The small school of {@link NetworkQueryTest}, for the mapping tests of the parent package. */
public final class NetworkQueryTestAccess {
  private NetworkQueryTestAccess() {}

  /** The school case, with base {@code https://example.org/school-network/}. */
  public static Case school() {
    return NetworkQueryTest.school();
  }
}
