package org.sstlib.core;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One thing wrong with a case, found by {@link Case.Builder#problems()}.
 *
 * @param path where in the case, written with the keys of the case-file format, for example
 *     {@code cycles[2].external[0]}; a case file maps it back to a line and column
 * @param elementId the id of the element the problem is about (the cycle, for a role entry), or empty
 * @param message what is wrong and, where it helps, what to change
 */
public record Problem(String path, String elementId, String message) {

  public Problem {
    checkNotNull(path, "path");
    checkNotNull(elementId, "elementId");
    checkNotNull(message, "message");
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
