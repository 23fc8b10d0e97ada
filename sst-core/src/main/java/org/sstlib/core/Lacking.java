package org.sstlib.core;

/**
 * What an agent lacked to resist an irresistible force. Stones (2005) names what resisting would take: the power to
 * resist, adequate knowledge of the circumstances and of what else could be done, and the critical distance to
 * consider doing it.
 */
public enum Lacking implements CodeListValue {
  /** The power to resist: the resources or position to act otherwise. */
  POWER("power"),
  /** Knowledge of how to resist or of what else could be done. */
  KNOWLEDGE("knowledge"),
  /** Critical distance: the reflective distance from its own frames that resisting needs. */
  CRITICAL_DISTANCE("critical-distance");

  private final String code;

  Lacking(String code) {
    this.code = code;
  }

  /** The word used for this value in case files and in the vocabulary. */
  @Override
  public String code() {
    return code;
  }

  /** The value whose {@link #code()} is {@code code}, if any. */
  public static java.util.Optional<Lacking> fromCode(String code) {
    return CodeListValue.fromCode(Lacking.class, code);
  }
}
