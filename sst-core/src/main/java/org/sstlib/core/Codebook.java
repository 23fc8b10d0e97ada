package org.sstlib.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * A code list whose concepts elements cite in their {@code codes} as {@code codebook:concept}.
 *
 * <pre>{@code
 * Codebook ic = new Codebook("ic", "Integration", ImmutableList.of(
 *     Codebook.Concept.of("vertical", "Vertical integration")));
 * }</pre>
 */
public record Codebook(String id, String label, ImmutableList<Codebook.Concept> concepts) {

  /** Checks that no component is null and copies the concepts. */
  public Codebook {
    checkNotNull(id, "id");
    checkNotNull(label, "label");
    concepts = ImmutableList.copyOf(checkNotNull(concepts, "concepts"));
  }

  /**
   * A concept of a codebook.
   *
   * @param id unique within its codebook
   * @param broader the id of a broader concept of the same codebook
   * @param definition what the concept means, in the codebook's words (SKOS {@code skos:definition}): for a code
   *     imported from a QDA tool, the code's description
   */
  public record Concept(String id, String label, Optional<String> broader, Optional<String> definition) {
    /** Checks that no component is null. */
    public Concept {
      checkNotNull(id, "id");
      checkNotNull(label, "label");
      checkNotNull(broader, "broader");
      checkNotNull(definition, "definition");
    }

    /** A concept with no definition. */
    public Concept(String id, String label, Optional<String> broader) {
      this(id, label, broader, Optional.empty());
    }

    /** A concept with no broader concept. */
    public static Concept of(String id, String label) {
      return new Concept(id, label, Optional.empty());
    }
  }
}
