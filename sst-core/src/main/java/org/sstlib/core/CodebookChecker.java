package org.sstlib.core;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Checks the codebooks of a case: each has a label; each concept a valid id, unique in its codebook, a label, a
 * broader concept its codebook defines (not itself) and, when it has a definition, one that is not blank.
 *
 * <p>Each problem is reported with the case-file path and the codebook's id. Stateless between calls.
 */
final class CodebookChecker {

  private final CheckSink sink;
  /** "Did you mean" for a word among candidates: "" or a sentence to append. */
  private final BiFunction<String, Collection<String>, String> hint;

  CodebookChecker(CheckSink sink, BiFunction<String, Collection<String>, String> hint) {
    this.sink = sink;
    this.hint = hint;
  }

  void check(List<Codebook> codebooks) {
    for (int i = 0; i < codebooks.size(); i++) {
      check("codebooks[" + i + "]", codebooks.get(i));
    }
  }

  private void check(String path, Codebook cb) {
    if (cb.label().isBlank()) {
      sink.add(path + ".label", cb.id(), "codebook '" + cb.id() + "' has no label");
    }
    Set<String> seen = new HashSet<>();
    Set<String> all = cb.concepts().stream().map(Codebook.Concept::id).collect(Collectors.toSet());
    for (int i = 0; i < cb.concepts().size(); i++) {
      Codebook.Concept c = cb.concepts().get(i);
      String p = path + ".concepts[" + i + "]";
      if (!CaseChecker.ID.matcher(c.id()).matches()) {
        sink.add(p + ".id", cb.id(), "concept id '" + c.id() + "' is not a valid id");
      } else if (!seen.add(c.id())) {
        sink.add(p + ".id", cb.id(), "concept '" + c.id() + "' is defined twice in codebook '" + cb.id() + "'");
      }
      if (c.label().isBlank()) {
        sink.add(p + ".label", cb.id(), "concept '" + cb.id() + ":" + c.id() + "' has no label");
      }
      c.broader().ifPresent(br -> {
        if (br.equals(c.id())) {
          sink.add(p + ".broader", cb.id(), "concept '" + c.id() + "' cannot be broader than itself");
        } else if (!all.contains(br)) {
          sink.add(p + ".broader", cb.id(), "concept '" + c.id() + "' has broader concept '" + br
              + "', which codebook '" + cb.id() + "' does not define" + hint.apply(br, all));
        }
      });
      if (c.definition().isPresent() && c.definition().get().isBlank()) {
        sink.add(p + ".definition", cb.id(), "concept '" + cb.id() + ":" + c.id() + "' has a blank definition: "
            + "write what the concept means, or leave the definition out");
      }
    }
  }
}
