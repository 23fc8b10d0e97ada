package org.sstlib.core;

/**
 * Root of the exceptions that {@code sst} throws for a user's data: an invalid case, a malformed case file.
 * Programming mistakes (a null argument, a call in the wrong state) throw the usual
 * {@link IllegalArgumentException}, {@link NullPointerException} or {@link IllegalStateException} instead.
 */
public class SstException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SstException(String message) {
    super(message);
  }

  public SstException(String message, Throwable cause) {
    super(message, cause);
  }
}
