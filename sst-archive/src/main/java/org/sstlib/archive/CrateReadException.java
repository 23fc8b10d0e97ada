package org.sstlib.archive;

/**
 * A crate, or one file of it, that cannot be read safely: not a zip, a hostile entry, a file past the limits.
 * The message names the crate or the file. Only {@link CrateCheck} sees it, and makes it a problem of its report.
 */
final class CrateReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CrateReadException(String message) {
    super(message, null, false, false);
  }
}
