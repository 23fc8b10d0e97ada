package org.sstlib.core;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * Where evidence comes from: an interview, field notes, a document, an observation, a policy text.
 *
 * <pre>{@code
 * Source notes = new Source("icm-notes", SourceType.FIELDNOTES, Optional.of("professional practice"),
 *     Optional.of("Field notes of ICM meetings"), Optional.of("2016"));
 * }</pre>
 *
 * @param category the study's own data category, for example "patient experience"
 * @param date an ISO 8601 date or interval
 * @param text the name of the source's plain text (UTF-8; a transcript, or a PDF's extracted text), a relative
 *     path resolved against the case file's folder or a folder of texts; quotes of the field are checked in it
 */
public record Source(String id, SourceType type, Optional<String> category, Optional<String> title,
    Optional<String> date, Optional<String> text) {

  /** Checks that no component is null. */
  public Source {
    checkNotNull(id, "id");
    checkNotNull(type, "type");
    checkNotNull(category, "category");
    checkNotNull(title, "title");
    checkNotNull(date, "date");
    checkNotNull(text, "text");
  }

  /** A source with no text. */
  public Source(String id, SourceType type, Optional<String> category, Optional<String> title,
      Optional<String> date) {
    this(id, type, category, title, date, Optional.empty());
  }

  /** This source with the given text name. */
  public Source withText(String text) {
    return new Source(id, type, category, title, date, Optional.of(checkNotNull(text, "text")));
  }

  /** A source with only an id and a type. */
  public static Source of(String id, SourceType type) {
    return new Source(id, type, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
