package org.sstlib.archive;

import java.util.List;
import org.sstlib.core.Problem;
import org.sstlib.core.SstException;

/**
 * A crate that cannot be made from what was given: a case file that does not read or validate, two files that
 * would lie at one path in the crate. Carries every problem found, each naming its file.
 */
public class ArchiveException extends SstException {
  private static final long serialVersionUID = 1L;

  /** Several problems, with a message that sums them up. */
  public ArchiveException(String message, List<Problem> problems) {
    super(message, problems);
  }
}
