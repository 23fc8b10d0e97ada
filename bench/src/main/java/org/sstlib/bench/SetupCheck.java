package org.sstlib.bench;

/** The setup checks of the benchmarks: both sides must find the same answers before they are timed. */
final class SetupCheck {
  private SetupCheck() {}

  /**
   * Fails the trial with the formatted message if {@code ok} is false.
   *
   * @throws IllegalStateException if {@code ok} is false
   */
  static void check(boolean ok, String message, Object... args) {
    if (!ok) {
      throw new IllegalStateException(String.format(message, args));
    }
  }
}
