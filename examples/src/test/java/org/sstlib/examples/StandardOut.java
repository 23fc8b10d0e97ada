package org.sstlib.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs a program's {@code main} in this JVM and returns what it printed to {@code System.out}. */
final class StandardOut {

  /** A call of a program's {@code main}. */
  interface Program {
    void run() throws Exception;
  }

  private StandardOut() {}

  /** What the program printed, with the real {@code System.out} put back afterwards even if it throws. */
  static String of(Program program) throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      program.run();
    } finally {
      System.setOut(stdout);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }
}
