package org.sstlib.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;

/**
 * What grounds a claim: a verbatim quote and/or a note from a source, supporting elements or role entries, and
 * what kind of evidence it is ({@link EvidenceKind}: a participant's words, a field note, a document, a composite
 * narrative, the published authors' claim, or the analyst's own inference). A {@link #supports()} entry is an
 * element id, or {@code cycle/element} for a claim about the role an element
 * plays in one cycle ("in icm-meeting, the risk tool enables").
 *
 * <pre>{@code
 * Evidence quote = Evidence.builder("ev-1", "interviews").kind(EvidenceKind.PARTICIPANT)
 *     .quote("a short verbatim quote").locator("p. 120").speakerRole("community matron")
 *     .supports("icm-meeting/risk-tool")
 *     .build();
 * }</pre>
 *
 * @param source the id of the source
 * @param quote a verbatim quote, kept exactly as written
 * @param note the analyst's note
 * @param locator where in the source: page, paragraph, timestamp
 * @param speakerRole the role of the person quoted
 * @param by the id of the analyst who made this evidence item; empty for the case's analysts
 * @param supports element ids, or {@code cycle/element} role claims
 * @param kind what the evidence is; empty when not said (a format-version-1 case file has no kinds)
 */
public record Evidence(
    String id,
    String source,
    Optional<String> quote,
    Optional<String> note,
    Optional<String> locator,
    Optional<String> speakerRole,
    Optional<String> by,
    ImmutableList<String> supports,
    Optional<EvidenceKind> kind) {

  /** Checks that no component is null and copies the lists; {@link #builder} is the usual way to make one. */
  public Evidence {
    checkNotNull(id, "id");
    checkNotNull(source, "source");
    checkNotNull(quote, "quote");
    checkNotNull(note, "note");
    checkNotNull(locator, "locator");
    checkNotNull(speakerRole, "speakerRole");
    checkNotNull(by, "by");
    supports = ElementBuilder.copy(supports, "supports");
    checkNotNull(kind, "kind");
  }

  /** Evidence of no stated kind. */
  public Evidence(String id, String source, Optional<String> quote, Optional<String> note, Optional<String> locator,
      Optional<String> speakerRole, Optional<String> by, ImmutableList<String> supports) {
    this(id, source, quote, note, locator, speakerRole, by, supports, Optional.empty());
  }

  /** Starts evidence from the given source. */
  public static Builder builder(String id, String source) {
    return new Builder(id, source);
  }

  /** Builds {@link Evidence}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String source;
    private Optional<String> quote = Optional.empty();
    private Optional<String> note = Optional.empty();
    private Optional<String> locator = Optional.empty();
    private Optional<String> speakerRole = Optional.empty();
    private Optional<String> by = Optional.empty();
    private Optional<EvidenceKind> kind = Optional.empty();
    private final ImmutableList.Builder<String> supports = ImmutableList.builder();

    private Builder(String id, String source) {
      this.id = checkNotNull(id, "id");
      this.source = checkNotNull(source, "source");
    }

    /** Sets the verbatim quote from the source. */
    public Builder quote(String quote) {
      this.quote = Optional.of(checkNotNull(quote, "quote"));
      return this;
    }

    /** Sets a note: what the evidence says in the analyst's words, or an inference that quotes nothing. */
    public Builder note(String note) {
      this.note = Optional.of(checkNotNull(note, "note"));
      return this;
    }

    /** Sets where in the source the evidence is, for example {@code "L4"} or a page. */
    public Builder locator(String locator) {
      this.locator = Optional.of(checkNotNull(locator, "locator"));
      return this;
    }

    /** Sets the role of the person quoted, for example {@code "district nurse"}. */
    public Builder speakerRole(String speakerRole) {
      this.speakerRole = Optional.of(checkNotNull(speakerRole, "speakerRole"));
      return this;
    }

    /** Names the analyst who made this evidence item (by default the case's analysts). */
    public Builder by(String analyst) {
      this.by = Optional.of(checkNotNull(analyst, "analyst"));
      return this;
    }

    /** What kind of evidence this is. */
    public Builder kind(EvidenceKind kind) {
      this.kind = Optional.of(checkNotNull(kind, "kind"));
      return this;
    }

    /** Adds what this evidence supports: element ids or {@code cycle/element}. */
    public Builder supports(String... claims) {
      supports.addAll(Arrays.asList(claims));
      return this;
    }

    /** The evidence item, as set so far. */
    public Evidence build() {
      return new Evidence(id, source, quote, note, locator, speakerRole, by, supports.build(), kind);
    }
  }
}
