package org.sstlib.qda;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * One coded passage as a qualitative data analysis tool exported it, whatever the format it came in (a REFI-QDA
 * project's selection, a row of a coded-segments spreadsheet): what {@link QdaData} readers give and the import
 * turns into evidence. Immutable.
 *
 * @param key what identifies the passage stably across exports (a selection's GUID, or for a spreadsheet row its
 *     source, locator and quote), from which the evidence id is derived
 * @param source the name of the source it was selected in, as in {@link SourceDocument#name()}
 * @param kind what was selected: text, a PDF's text, a picture region, an audio or a video span
 * @param quote the selected text, exactly; empty for a picture, audio or video selection
 * @param locator where the passage is in its source, in words a reader can follow (characters, page, region, time)
 * @param codes the codes applied to it, each as its name path (names from the root joined by {@code /})
 * @param codeGuids the GUIDs of the same codes, in the same order, when the format gives them; else empty
 * @param coder the name of who coded it, if given
 * @param memos the text of the notes (memos) linked to the passage or its coding
 * @param name the passage's own name in the tool, if it has one (a REFI-QDA selection's {@code name}); an import
 *     told to ({@code evidenceIds: names}) makes it the evidence id
 */
public record CodedSegment(String key, String source, Kind kind, Optional<String> quote, String locator,
    ImmutableList<String> codes, ImmutableList<String> codeGuids, Optional<String> coder,
    ImmutableList<String> memos, Optional<String> name) {

  /** What a selection selects. */
  public enum Kind {
    /** A span of a plain text source. */
    TEXT,
    /** A span of a PDF document's text. */
    PDF,
    /** A region of a picture. */
    PICTURE,
    /** A stretch of an audio recording. */
    AUDIO,
    /** A stretch of a video recording. */
    VIDEO
  }

  /** Checks the fields. */
  public CodedSegment {
    checkNotNull(key, "key");
    checkNotNull(source, "source");
    checkNotNull(kind, "kind");
    checkNotNull(quote, "quote");
    checkNotNull(locator, "locator");
    codes = ImmutableList.copyOf(codes);
    codeGuids = ImmutableList.copyOf(codeGuids);
    checkArgument(codeGuids.isEmpty() || codeGuids.size() == codes.size(), "a GUID for each code, or none");
    checkNotNull(coder, "coder");
    memos = ImmutableList.copyOf(memos);
    checkNotNull(name, "name");
  }

  /** A passage without a name of its own. */
  public CodedSegment(String key, String source, Kind kind, Optional<String> quote, String locator,
      ImmutableList<String> codes, ImmutableList<String> codeGuids, Optional<String> coder,
      ImmutableList<String> memos) {
    this(key, source, kind, quote, locator, codes, codeGuids, coder, memos, Optional.empty());
  }
}
