package org.sstlib.qda.refi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sstlib.core.Codebook;

/**
 * Turns a REFI-QDA code tree (a {@code .qdc} codebook, or a project's codebook) into a case {@link Codebook}: each
 * code a concept, labelled with the code's name, with the code it is nested in as its {@code broader} concept and
 * its description as its {@code definition}, so elements can cite the codes in their {@code codes} as
 * {@code codebook:concept}.
 *
 * <pre>{@code
 * Codebook cb = CodebookImport.codebook(QdeReader.readQdc(Path.of("codes.qdc")), "interviews", "Interview codes");
 * }</pre>
 *
 * <p>A concept's id is made from the code's name: lower case, letters and digits of the Latin alphabet (accents
 * dropped), every other run of characters one {@code -}; a name that gives nothing becomes {@code code}; a repeated
 * id gets {@code -2}, {@code -3}, in the tree's order. The same tree always gives the same ids. A description is
 * kept with its line breaks (as {@code \n}), stripped, and each line without the spaces at its end; a blank one is
 * no definition. Codes' GUIDs and colours are not kept (a case concept has an id, a label, a broader concept and a
 * definition).
 */
public final class CodebookImport {

  private CodebookImport() {}

  /**
   * The codebook of {@code codes} (root codes with their nested codes), depth first, each concept after its broader.
   *
   * @param id the codebook's id in the case
   * @param label the codebook's label
   */
  public static Codebook codebook(List<QdaCode> codes, String id, String label) {
    checkNotNull(codes, "codes");
    checkArgument(id.matches("[A-Za-z0-9][A-Za-z0-9._-]*"), "not an id: %s", id);
    ImmutableList.Builder<Codebook.Concept> concepts = ImmutableList.builder();
    Set<String> used = new HashSet<>();
    for (QdaCode c : codes) {
      add(c, Optional.empty(), used, concepts);
    }
    return new Codebook(id, label, concepts.build());
  }

  private static void add(QdaCode c, Optional<String> broader, Set<String> used,
      ImmutableList.Builder<Codebook.Concept> concepts) {
    String base = slug(c.name());
    String id = base;
    for (int n = 2; !used.add(id); n++) {
      id = base + "-" + n;
    }
    concepts.add(new Codebook.Concept(id, c.name(), broader, c.description().flatMap(CodebookImport::definition)));
    for (QdaCode child : c.children()) {
      add(child, Optional.of(id), used, concepts);
    }
  }

  /**
   * A code's description as a concept's definition: its lines (split at {@code \r\n}, {@code \r} or {@code \n})
   * joined by {@code \n}, each without the spaces at its end, the whole stripped; empty if nothing is left.
   */
  static Optional<String> definition(String description) {
    String text = String.join("\n", description.lines().map(String::stripTrailing).toList()).strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** A name as an id: lower-case Latin letters and digits, other runs as {@code -}; {@code code} if none. */
  public static String slug(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
    String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "code" : slug;
  }
}
