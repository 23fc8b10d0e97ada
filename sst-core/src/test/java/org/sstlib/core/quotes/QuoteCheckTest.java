package org.sstlib.core.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.Case;
import org.sstlib.core.Evidence;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.Problem;
import org.sstlib.core.Source;
import org.sstlib.core.SourceType;

/** A case's quotes checked against the texts the tests write beside it. */
class QuoteCheckTest {

  private static final String TRANSCRIPT = String.join("\n",
      "Interviewer: How does the team decide who goes?",
      "Matron: Well, we all just muck in, you know,",
      "whoever is free takes the call. It's inte-",
      "grated care, really.",
      "Interviewer: And the risk list?",
      "Matron: The GP sends it \u2014 we all just muck in.",
      "");

  /** Where each path is written in the imagined case file: the evidence items at lines 20, 25, 30. */
  private static final CaseLocations WHERE = path -> {
    Map<String, CaseLocations.Location> at = Map.of(
        "sources[0].text", new CaseLocations.Location(6, 11),
        "sources[1].text", new CaseLocations.Location(10, 11),
        "evidence[0]", new CaseLocations.Location(20, 5),
        "evidence[1]", new CaseLocations.Location(25, 5),
        "evidence[2]", new CaseLocations.Location(30, 5),
        "evidence[1].quote", new CaseLocations.Location(27, 12),
        "evidence[1].locator", new CaseLocations.Location(28, 14));
    return Optional.ofNullable(at.get(path));
  };

  @TempDir
  Path dir;

  private void write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static Source interviews() {
    return Source.of("interviews", SourceType.INTERVIEW).withText("transcripts/int-07.txt");
  }

  private static Evidence.Builder quote(String id, String quote) {
    return Evidence.builder(id, "interviews").kind(EvidenceKind.PARTICIPANT).quote(quote);
  }

  private static Case study(Source source, Evidence... evidence) {
    return Case.builder("c", "Integrated care").source(source).evidence(evidence).build();
  }

  private QuoteReport besideCaseFile(Case c) {
    return QuoteCheck.builder("case.yaml").textsBesideCaseFile(dir).locations(WHERE).build().check(c);
  }

  @Test
  void aChangedWordIsCaughtWithTheClosestPassageNamed() throws IOException {
    write("transcripts/int-07.txt", TRANSCRIPT);
    QuoteReport r = besideCaseFile(study(interviews(),
        quote("ev-1", "we all just muck in").build(),
        quote("ev-7", "whoever is free answers the call").build()));
    assertEquals(2, r.checked());
    assertEquals(1, r.found());
    assertEquals(0, r.unchecked());
    assertEquals(1, r.problems().size(), r.problems().toString());
    Problem p = r.problems().get(0);
    assertEquals("case.yaml:27:12: evidence[1].quote: quote of evidence 'ev-7' is not in text "
        + "'transcripts/int-07.txt' of source 'interviews': the closest passage, at L3, reads \"whoever is free "
        + "takes the call\": look for a changed word (the quote has 'answers' where the text has 'takes')",
        p.toString());
    assertEquals("ev-7", p.elementId());
    assertEquals(1, r.anchors().size());
  }

  @Test
  void normalisedQuotesAreFoundAndAnchored() throws IOException {
    write("transcripts/int-07.txt", TRANSCRIPT);
    QuoteReport r = besideCaseFile(study(interviews(),
        quote("ev-1", "It\u2019s integrated care").build(),
        quote("ev-2", "sends it - we all").build()));
    assertTrue(r.isValid(), r.problems().toString());
    assertEquals(2, r.found());
    Anchor a = r.anchors().get(0);
    assertEquals("ev-1", a.evidenceId());
    assertEquals("It's inte-\ngrated care", a.exact());
    assertEquals(3, a.line());
    assertEquals(4, a.endLine());
    assertEquals(TRANSCRIPT.indexOf("It's"), a.start());
    assertEquals(TRANSCRIPT.indexOf("It's") + a.exact().length(), a.end());
    assertEquals("whoever is free takes the call. ", a.prefix());
    assertEquals(", really.\nInterviewer: And the r", a.suffix());
  }

  @Test
  void aLocatorThatAgreesChoosesItsOccurrence() throws IOException {
    write("transcripts/int-07.txt", TRANSCRIPT);
    QuoteReport r = besideCaseFile(study(interviews(),
        quote("ev-1", "we all just muck in").locator("L6").build(),
        quote("ev-2", "we all just muck in").locator("p. 3, lines 1-2").build()));
    assertTrue(r.isValid(), r.problems().toString());
    assertEquals(6, r.anchors().get(0).line());
    assertEquals(2, r.anchors().get(1).line());
  }

  @Test
  void aLocatorThatDisagreesIsAnError() throws IOException {
    write("transcripts/int-07.txt", TRANSCRIPT);
    QuoteReport r = besideCaseFile(study(interviews(),
        quote("ev-1", "we all").build(),
        quote("ev-2", "whoever is free takes the call").locator("L109").build()));
    assertEquals(2, r.found());
    assertEquals(ImmutableList.of("case.yaml:28:14: evidence[1].locator: quote of evidence 'ev-2' is found in text "
        + "'transcripts/int-07.txt' of source 'interviews' at L3, not at the locator's L109: correct the locator, "
        + "or the quote"), r.problems().stream().map(Problem::toString).toList());
    QuoteReport twice = besideCaseFile(study(interviews(),
        quote("ev-1", "we all").build(),
        quote("ev-2", "we all just muck in").locator("L4-L5").build()));
    assertTrue(twice.problems().get(0).message().contains("at L2 and L6, not at the locator's L4-L5"));
  }

  @Test
  void aMissingTextBesideTheCaseFileIsANoteAndItsQuotesAreUnchecked() {
    QuoteReport r = besideCaseFile(study(interviews(), quote("ev-1", "we all").build(),
        quote("ev-2", "muck in").build()));
    assertTrue(r.isValid());
    assertEquals(0, r.checked());
    assertEquals(2, r.unchecked());
    assertEquals(1, r.notes().size());
    Problem note = r.notes().get(0);
    assertEquals(6, note.line());
    assertEquals("sources[0].text", note.path());
    assertTrue(note.message().contains("so its 2 quotes are not checked; give the folder of the texts with "
        + "--texts DIR"), note.message());
    assertEquals(ImmutableList.of(new UncheckedSource("interviews", Optional.of("transcripts/int-07.txt"),
        UncheckedSource.Reason.TEXT_NOT_FOUND, 2)), r.uncheckedSources());
  }

  @Test
  void aMissingTextInAGivenFolderIsAnError() {
    QuoteReport r = QuoteCheck.builder("case.yaml").textsIn(dir).locations(WHERE).build()
        .check(study(interviews(), quote("ev-1", "we all").build()));
    assertEquals(1, r.problems().size());
    assertEquals("case.yaml:6:11: sources[0].text: source 'interviews': text 'transcripts/int-07.txt' is not found in "
        + dir, r.problems().get(0).toString());
    assertEquals(1, r.unchecked());
  }

  @Test
  void aBinaryTextIsAnErrorEvenBesideTheCaseFile() throws IOException {
    write("transcripts/int-07.txt", "a\u0000b");
    QuoteReport r = besideCaseFile(study(interviews(), quote("ev-1", "we all").build()));
    assertEquals(1, r.problems().size());
    assertTrue(r.problems().get(0).message().contains("is binary"));
    assertEquals(UncheckedSource.Reason.TEXT_REFUSED, r.uncheckedSources().get(0).reason());
  }

  @Test
  void everyQuoteIsCheckedWhateverItsKindAndANoteIsNot() throws IOException {
    write("transcripts/int-07.txt", TRANSCRIPT);
    QuoteReport r = besideCaseFile(study(interviews(),
        quote("ev-1", "not in the text").kind(EvidenceKind.AUTHOR).build(),
        Evidence.builder("ev-2", "interviews").kind(EvidenceKind.ANALYST).note("my inference").build(),
        Evidence.builder("ev-3", "interviews").quote("no kind: checked").build(),
        quote("ev-4", "a field note").kind(EvidenceKind.FIELDNOTE).build(),
        quote("ev-5", "a composite").kind(EvidenceKind.COMPOSITE).build(),
        quote("ev-6", "a document").kind(EvidenceKind.DOCUMENT).build()));
    // A quote is verbatim whatever its kind: the authors' quoted sentence too. The analyst's note is not a quote.
    assertEquals(5, r.checked());
    assertEquals(0, r.found());
    assertEquals(5, r.problems().size());
    assertEquals("evidence[0].quote", r.problems().get(0).path());
    assertEquals("evidence[2].quote", r.problems().get(1).path());
    assertEquals(30, r.problems().get(1).line(), "an unwritten path is placed at its nearest written ancestor");
  }

  @Test
  void aSourceWithoutTextLeavesItsQuotesUnchecked() {
    QuoteReport r = besideCaseFile(study(Source.of("interviews", SourceType.INTERVIEW), quote("ev-1", "x").build()));
    assertEquals(1, r.unchecked());
    assertTrue(r.notes().isEmpty());
    assertEquals(UncheckedSource.Reason.NO_TEXT, r.uncheckedSources().get(0).reason());
  }

  @Test
  void aTextNamedByTwoSourcesIsReadOnceAndChecksBoth() throws IOException {
    write("transcripts/int-07.txt", TRANSCRIPT);
    Case c = Case.builder("c", "t")
        .source(interviews(), Source.of("again", SourceType.INTERVIEW).withText("transcripts/int-07.txt"))
        .evidence(quote("ev-1", "we all").build(), Evidence.builder("ev-2", "again").quote("muck in").build())
        .build();
    QuoteReport r = besideCaseFile(c);
    assertEquals(2, r.found());
    assertEquals("again", r.anchors().get(1).sourceId());
  }

  @Test
  void anchorsCountCodePoints() throws IOException {
    String text = "\uD83D\uDE00 \uD83D\uDE00 she said \u201Cwe all just muck in\u201D \uD83D\uDE00 end";
    write("transcripts/int-07.txt", text);
    QuoteReport r = besideCaseFile(study(interviews(), quote("ev-1", "\"we all just muck in\" \uD83D\uDE00").build()));
    Anchor a = r.anchors().get(0);
    assertEquals("\u201Cwe all just muck in\u201D \uD83D\uDE00", a.exact());
    int chars = text.indexOf('\u201C');
    assertEquals(chars - 2, a.start());
    assertEquals(a.start() + a.exact().codePointCount(0, a.exact().length()), a.end());
    assertEquals("\uD83D\uDE00 \uD83D\uDE00 she said ", a.prefix());
    assertEquals(" end", a.suffix());
  }

  @Test
  void contextIsAtMost32CodePoints() throws IOException {
    String before = "\uD83D\uDE00".repeat(40);
    write("transcripts/int-07.txt", before + "quote" + before);
    Anchor a = besideCaseFile(study(interviews(), quote("ev-1", "quote").build())).anchors().get(0);
    assertEquals(32, a.prefix().codePointCount(0, a.prefix().length()));
    assertEquals(32, a.suffix().codePointCount(0, a.suffix().length()));
    assertEquals(40, a.start());
    assertEquals(45, a.end());
  }
}
