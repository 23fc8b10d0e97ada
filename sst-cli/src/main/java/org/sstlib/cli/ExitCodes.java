package org.sstlib.cli;

/** The exit codes of every {@code sst} command. */
public final class ExitCodes {
  /** Everything went well: every file was valid, every command did its work. */
  public static final int OK = 0;
  /** The input is invalid or cannot be read; every reason has been printed. */
  public static final int INVALID = 1;
  /** The command line itself is wrong: an unknown command or option, a missing argument. */
  public static final int USAGE = 2;
  /** A fault in {@code sst}, not in the input: the message asks the user to report it. */
  public static final int INTERNAL = 3;

  private ExitCodes() {}
}
