package org.sstlib.core.quotes;

import com.google.common.collect.ImmutableList;
import org.sstlib.core.Problem;
import org.sstlib.core.SstException;

/**
 * A source's text cannot be read: there is no file of that name ({@link #isMissing()}), or the file is refused (it
 * leads out of its folder, is a folder, is binary, is not UTF-8, or is larger than {@link SourceTexts#MAX_BYTES}).
 * Its one problem's message says which, and what to do; it is not located in the case file (the caller knows where
 * the source names its text).
 */
public class SourceTextException extends SstException {
  private static final long serialVersionUID = 1L;

  /** Whether there is no file of that name (rather than a file that is refused). */
  private final boolean missing;

  SourceTextException(String message, boolean missing) {
    super(message, ImmutableList.of(Problem.of(message)));
    this.missing = missing;
  }

  /** Whether there is no file of that name (rather than a file that is refused). */
  public boolean isMissing() {
    return missing;
  }
}
