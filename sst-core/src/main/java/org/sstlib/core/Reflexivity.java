package org.sstlib.core;

/** The reflexivity of active agency: routine (habitual), strategic (calculated pursuit of a project) or critical (reflective distance from one's own frames). */
public enum Reflexivity implements CodeListValue {
  /** Habitual, taken-for-granted conduct that draws on practical consciousness. */
  ROUTINE("routine"),
  /**
   * The calculated pursuit of a project, weighing the external structures and the likely responses of
   * agents-in-context.
   */
  STRATEGIC("strategic"),
  /**
   * Action taken at a reflective distance from one's own frames: questioning the internal structures one would
   * otherwise draw on.
   */
  CRITICAL("critical");

  private final String code;

  Reflexivity(String code) {
    this.code = code;
  }

  /** The word used for this value in case files and in the vocabulary, for example {@code "routine"}. */
  @Override
  public String code() {
    return code;
  }

  /** The value whose {@link #code()} is {@code code}, if any. */
  public static java.util.Optional<Reflexivity> fromCode(String code) {
    return CodeListValue.fromCode(Reflexivity.class, code);
  }
}
