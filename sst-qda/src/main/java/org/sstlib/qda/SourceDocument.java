package org.sstlib.qda;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A source of a qualitative data analysis project: a transcript, field notes, a PDF, a picture, a recording.
 * Immutable.
 *
 * @param name its name in the project (a file name such as {@code Interview 3.txt}), unique there
 * @param kind what it is, as its selections are
 * @param plainText its plain text, for a text source or a PDF with a text representation; what the quotes are taken
 *     from and checked against
 */
public record SourceDocument(String name, CodedSegment.Kind kind, Optional<String> plainText) {
  /** Checks the fields. */
  public SourceDocument {
    checkNotNull(name, "name");
    checkNotNull(kind, "kind");
    checkNotNull(plainText, "plainText");
  }
}
