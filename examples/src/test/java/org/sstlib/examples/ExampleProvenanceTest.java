package org.sstlib.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sstlib.core.Analyst;
import org.sstlib.core.Author;
import org.sstlib.core.Case;
import org.sstlib.core.Evidence;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.Source;
import org.sstlib.core.casefile.CaseFiles;

/**
 * The provenance of every worked example (issue 13): who wrote the study is kept apart from who made its SST
 * analysis, and each evidence item says what kind of text it is, so that a reader can tell the words of the field
 * from the authors' argument and from the analysts' own inference.
 */
class ExampleProvenanceTest {

  /** The README's five-minute tour, a case file of its own beside its transcript. */
  static final Path TOUR = Path.of("tour");

  /** The worked cases under {@code examples/cases/} and the tour's case file under {@code examples/tour/}. */
  static List<Path> caseFiles() throws IOException {
    List<Path> paths = new ArrayList<>();
    for (Path dir : List.of(ReferenceCases.DIR, TOUR)) {
      try (Stream<Path> files = Files.walk(dir)) {
        paths.addAll(files.filter(p -> p.toString().matches(".*\\.(yaml|yml|json)$")).sorted().toList());
      }
    }
    assertFalse(paths.isEmpty(), "no case files under " + ReferenceCases.DIR);
    assertTrue(paths.contains(TOUR.resolve("home-visits.yaml")), "the tour's case file is gone: " + paths);
    return paths;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("caseFiles")
  void everyCaseHasAnalysts(Path file) {
    Case c = CaseFiles.read(file);
    assertFalse(c.analysts().isEmpty(), c.id() + ": the classifications of an SST analysis are someone's");
  }

  /** The authors of the study are not its SST analysts, even where the paper itself uses SST terms. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("caseFiles")
  void noAnalystIsAlsoAnAuthor(Path file) {
    Case c = CaseFiles.read(file);
    Set<String> authors = c.authors().stream().map(a -> name(a.name())).collect(Collectors.toSet());
    Set<String> authorIds = c.authors().stream().map(Author::orcid).flatMap(Optional::stream)
        .collect(Collectors.toSet());
    for (Analyst a : c.analysts()) {
      assertFalse(authors.contains(name(a.name())), c.id() + ": analyst " + a.id() + " is also an author");
      assertTrue(a.orcid().map(o -> !authorIds.contains(o)).orElse(true),
          c.id() + ": analyst " + a.id() + " has an author's ORCID iD");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("caseFiles")
  void everyEvidenceItemHasAKind(Path file) {
    Case c = CaseFiles.read(file);
    List<String> without = c.evidence().stream().filter(e -> e.kind().isEmpty()).map(Evidence::id).toList();
    assertEquals(List.of(), without, c.id() + ": evidence with no kind");
  }

  /**
   * What was said, observed or written in the field is quoted, never paraphrased, from a source whose text is at
   * hand, so that the quote can be found in it.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("caseFiles")
  void wordsOfTheFieldAreQuotedFromASourceWithItsText(Path file) {
    Case c = CaseFiles.read(file);
    Map<String, Source> sources = c.sources().stream().collect(Collectors.toMap(Source::id, Function.identity()));
    List<String> problems = new ArrayList<>();
    for (Evidence e : c.evidence()) {
      Optional<EvidenceKind> kind = e.kind();
      if (kind.isEmpty() || !kind.get().quotesTheField()) {
        continue;
      }
      if (e.quote().isEmpty()) {
        problems.add(e.id() + " (" + kind.get().code() + ") has no quote");
      }
      Source source = sources.get(e.source());
      if (source == null) {
        problems.add(e.id() + ": no source " + e.source());
      } else if (source.text().isEmpty()) {
        problems.add(e.id() + " (" + kind.get().code() + "): its source " + source.id() + " has no text");
      }
    }
    assertEquals(List.of(), problems, c.id());
  }

  /** The analysts' own inference is a note: it quotes nothing, since the source is silent on what it classifies. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("caseFiles")
  void analystItemsAreNotesWithoutAQuote(Path file) {
    Case c = CaseFiles.read(file);
    List<String> problems = c.evidence().stream()
        .filter(e -> e.kind().equals(Optional.of(EvidenceKind.ANALYST)))
        .filter(e -> e.note().isEmpty() || e.quote().isPresent())
        .map(Evidence::id).toList();
    assertEquals(List.of(), problems, c.id() + ": analyst items must be a note with no quote");
  }

  /** A name compared as people write it: case, spacing and full stops after initials aside. */
  private static String name(String name) {
    return name.toLowerCase(Locale.ROOT).replace(".", " ").trim().replaceAll("\\s+", " ");
  }
}
