package org.sstlib.core.testing;

/** What fuzz tests say of an input that broke a reader, so that a finding can be recognised. */
public final class FuzzInputs {
  private FuzzInputs() {}

  /** The input for a message: its length and its first bytes as escaped text. */
  public static String describe(byte[] input) {
    StringBuilder s = new StringBuilder().append(input.length).append(" bytes \"");
    int shown = Math.min(input.length, 160);
    for (int i = 0; i < shown; i++) {
      int b = input[i] & 0xFF;
      if (b == '\n') {
        s.append("\\n");
      } else if (b == '"' || b == '\\') {
        s.append('\\').append((char) b);
      } else if (b >= 0x20 && b < 0x7F) {
        s.append((char) b);
      } else {
        s.append(String.format("\\x%02X", b));
      }
    }
    return s.append(shown < input.length ? "...\"" : "\"").toString();
  }
}
