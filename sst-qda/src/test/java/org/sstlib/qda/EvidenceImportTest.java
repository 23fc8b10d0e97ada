package org.sstlib.qda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.Case;
import org.sstlib.core.Evidence;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.Problem;
import org.sstlib.core.Source;
import org.sstlib.core.SourceType;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.quotes.QuoteCheck;
import org.sstlib.core.quotes.QuoteReport;

/**
 * Coded segments into a case: into an empty case and into a copy of the Hughes et al. example (nothing there
 * changes), the same data twice (the same ids, nothing added the second time), unmapped codes counted, non-text
 * selections and memos, what the map names but the case lacks, and the sources' texts kept where the quote check finds
 * them.
 */
class EvidenceImportTest {
  private static final Path HUGHES = Path.of("../examples/cases/hughes-2022.yaml");

  @TempDir Path dir;

  private static final String TRANSCRIPT = "I: How do you manage the phone?\n"
      + "A: I can't see the numbers on the phone, love. My glasses are upstairs.\n";

  private static CodedSegment text(String key, String source, String quote, String locator, List<String> codes,
      String coder, List<String> memos) {
    return new CodedSegment(key, source, CodedSegment.Kind.TEXT, Optional.of(quote), locator,
        ImmutableList.copyOf(codes), ImmutableList.of(), Optional.ofNullable(coder), ImmutableList.copyOf(memos));
  }

  /** A small interview with Alf, coded: what a reader of a project or a spreadsheet gives. */
  private static QdaData alfInterview() {
    return new QdaData(
        ImmutableList.of(new SourceDocument("Alf interview.txt", CodedSegment.Kind.TEXT, Optional.of(TRANSCRIPT)),
            new SourceDocument("Kitchen photo.jpg", CodedSegment.Kind.PICTURE, Optional.empty())),
        ImmutableList.of(
            text("7A1B", "Alf interview.txt", "I can't see the numbers on the phone, love.", "L2",
                List.of("Conditions/Eyesight", "Home/Phone"), "Rosa Hall", List.of("He laughs about it.")),
            text("7A1C", "Alf interview.txt", "My glasses are upstairs.", "L2", List.of("Home/Glasses"), "Rosa Hall",
                List.of()),
            text("7A1D", "Alf interview.txt", "How do you manage the phone?", "L1", List.of("Admin/Interviewer"),
                "Rosa Hall", List.of()),
            text("7A1E", "Alf interview.txt", "love", "L2", List.of("Tone/Warmth"), "Sam Okoro", List.of()),
            text("7A1F", "Alf interview.txt", "phone", "L2", List.of(), null, List.of()),
            new CodedSegment("7A20", "Kitchen photo.jpg", CodedSegment.Kind.PICTURE, Optional.empty(),
                "region 10,20 to 200,180", ImmutableList.of("Home/Stairs"), ImmutableList.of(),
                Optional.of("Sam Okoro"), ImmutableList.of("The stairs, seen from the kitchen."))),
        ImmutableList.of("Rosa Hall", "Sam Okoro"));
  }

  private static ImportMap map(String yaml) {
    return ImportMap.parse(yaml, "map.yaml");
  }

  private static final String HUGHES_MAP = """
      codes:
        "Conditions/Eyesight": alf-daily-life/alf-independence
        "Home/Phone": alf-daily-life/wall-phone
        "Home/Glasses": glasses
        "Home/Stairs": alf-daily-life/stairs
      ignore: [Admin]
      sourceIds: {"Alf interview.txt": alf-interview}
      sourceTypes: {"Kitchen photo.jpg": observation}
      """;

  @Test
  void intoACopyOfAnExampleAddsAndChangesNothingThatIsThere() {
    Case before = CaseFiles.read(HUGHES);
    EvidenceImport.Result r = EvidenceImport.into(before, alfInterview(), map(HUGHES_MAP));
    Case after = r.study();
    // Everything that was there is there as it was, and first: only additions follow.
    assertEquals(before.sources(), after.sources().subList(0, before.sources().size()));
    assertEquals(before.analysts(), after.analysts().subList(0, before.analysts().size()));
    assertEquals(before.evidence(), after.evidence().subList(0, before.evidence().size()));
    assertEquals(before.elements(), after.elements());
    assertEquals(before.cycles(), after.cycles());
    assertEquals(before.codebooks(), after.codebooks());
    assertEquals(before.authors(), after.authors());

    ImportReport report = r.report();
    assertEquals(6, report.segments());
    assertEquals(3, report.added());
    assertEquals(1, report.withoutQuote());
    assertEquals(1, report.ignored());
    assertEquals(1, report.unmapped());
    assertEquals(1, report.uncoded());
    assertEquals(0, report.alreadyThere());
    assertEquals(java.util.Map.of("Tone/Warmth", 1), report.unmappedCodes());
    assertEquals(List.of("alf-interview", "kitchen-photo"), report.sourcesAdded());
    assertEquals(List.of("rosa-hall", "sam-okoro"), report.analystsAdded());

    List<Evidence> added = after.evidence().subList(before.evidence().size(), after.evidence().size());
    Evidence phone = added.get(0);
    assertTrue(phone.id().matches("ev-alf-interview-[0-9a-f]{12}"), phone.id());
    assertEquals(Optional.of("I can't see the numbers on the phone, love."), phone.quote());
    assertEquals(Optional.of(EvidenceKind.PARTICIPANT), phone.kind());
    assertEquals(ImmutableList.of("alf-daily-life/alf-independence", "alf-daily-life/wall-phone"), phone.supports());
    assertEquals(Optional.of("rosa-hall"), phone.by());
    assertEquals(Optional.of("He laughs about it."), phone.note());
    assertEquals(Optional.of("L2"), phone.locator());
    Evidence picture = added.get(2);
    assertEquals(Optional.empty(), picture.quote());
    assertEquals(Optional.of(EvidenceKind.ANALYST), picture.kind());
    assertEquals(Optional.of("region 10,20 to 200,180"), picture.locator());
    assertTrue(picture.note().orElseThrow().startsWith("A picture selection of 'Kitchen photo.jpg' (region 10,20 to"
        + " 200,180), coded Home/Stairs: no quote"), picture.note().toString());
    assertTrue(picture.note().orElseThrow().endsWith("The stairs, seen from the kitchen."));
    Source kitchen = after.sources().get(after.sources().size() - 1);
    assertEquals(SourceType.OBSERVATION, kitchen.type());
    assertEquals(Optional.of("Kitchen photo.jpg"), kitchen.title());
  }

  @Test
  void theSameDataTwiceGivesTheSameIdsAndAddsNothingTheSecondTime() {
    Case hughes = CaseFiles.read(HUGHES);
    EvidenceImport.Result once = EvidenceImport.into(hughes, alfInterview(), map(HUGHES_MAP));
    EvidenceImport.Result again = EvidenceImport.into(hughes, alfInterview(), map(HUGHES_MAP));
    assertEquals(once.study(), again.study());
    EvidenceImport.Result twice = EvidenceImport.into(once.study(), alfInterview(), map(HUGHES_MAP));
    assertEquals(once.study(), twice.study());
    assertEquals(0, twice.report().added());
    assertEquals(3, twice.report().alreadyThere());
    assertTrue(twice.report().sourcesAdded().isEmpty());
    assertTrue(twice.report().analystsAdded().isEmpty());
    // Written and read back, it is the same case, so a case file imported into twice is unchanged.
    Path file = dir.resolve("hughes.yaml");
    CaseFiles.write(once.study(), file);
    assertEquals(once.study(), CaseFiles.read(file));
  }

  @Test
  void intoAnEmptyCaseEveryCodedCodeIsCountedAndTheCaseIsValid() {
    EvidenceImport.Result r = EvidenceImport.newCase("alf", "Alf at home", alfInterview(), map("ignore: [Admin]"));
    assertTrue(r.study().evidence().isEmpty());
    assertEquals(2, r.study().sources().size());
    assertEquals(java.util.Map.of("Conditions/Eyesight", 1, "Home/Phone", 1, "Home/Glasses", 1, "Home/Stairs", 1,
        "Tone/Warmth", 1), r.report().unmappedCodes());
    assertEquals(4, r.report().unmapped());
    assertTrue(r.report().lines().get(0).startsWith("6 coded segments: 0 became evidence"), r.report().lines().get(0));
    assertTrue(r.report().lines().contains("  Tone/Warmth: 1 segment"), r.report().lines().toString());
  }

  @Test
  void aMappedElementTheCaseDoesNotDefineIsAProblemAtItsMapKey() {
    QdaFileException e = assertThrows(QdaFileException.class, () -> EvidenceImport.into(CaseFiles.read(HUGHES),
        alfInterview(), map("""
            codes:
              "Home/Glasses": glases
              "Home/Phone": alf-daily/wall-phone
            """)));
    List<Problem> p = e.problems();
    assertEquals(2, p.size(), p.toString());
    assertEquals("map.yaml:2:3: codes.Home/Glasses: code 'Home/Glasses' is mapped to 'glases', which the case does "
        + "not define; did you mean 'glasses'?: define the element in the case, or map the code to one it has",
        p.get(0).toString());
    assertEquals(3, p.get(1).line());
    assertTrue(p.get(1).message().contains("cycle 'alf-daily'"), p.get(1).message());
  }

  @Test
  void aRoleTheCycleDoesNotHaveIsAProblemAtItsMapKey() {
    // glasses is a structure of the case, but not one of alf-daily-life's roles.
    QdaFileException e = assertThrows(QdaFileException.class, () -> EvidenceImport.into(CaseFiles.read(HUGHES),
        alfInterview(), map("codes: {\"Home/Glasses\": alf-daily-life/glasses}")));
    assertEquals(1, e.problems().size(), e.problems().toString());
    assertEquals("map.yaml:1:9: codes.Home/Glasses: code 'Home/Glasses' is mapped to 'alf-daily-life/glasses', but "
        + "'glasses' plays no role in cycle 'alf-daily-life': map it to the element alone ('glasses'), or to a role "
        + "the cycle has", e.problems().get(0).toString());
  }

  @Test
  void aSourceOfTypeOtherNeedsItsKindAndCodersMayBeExistingAnalysts() {
    String map = """
        codes: {"Home/Glasses": glasses}
        defaultSourceType: other
        """;
    QdaFileException e = assertThrows(QdaFileException.class, () -> EvidenceImport.into(CaseFiles.read(HUGHES),
        alfInterview(), map(map)));
    assertEquals("kinds", e.problems().get(0).path());
    EvidenceImport.Result r = EvidenceImport.into(CaseFiles.read(HUGHES), alfInterview(), map(map
        + "kinds: {\"Alf interview.txt\": composite}\nanalysts: {\"Rosa Hall\": sst-examples}\n"));
    Evidence glasses = r.study().evidence().get(r.study().evidence().size() - 1);
    assertEquals(Optional.of(EvidenceKind.COMPOSITE), glasses.kind());
    assertEquals(Optional.of("sst-examples"), glasses.by());
    assertTrue(r.report().analystsAdded().isEmpty());
  }

  @Test
  void theSourcesTextsAreKeptWhereTheQuoteCheckFindsThem() throws IOException {
    EvidenceImport.Result r = EvidenceImport.into(CaseFiles.read(HUGHES), alfInterview(),
        map(HUGHES_MAP + "texts: transcripts\n"));
    assertEquals(List.of("transcripts/alf-interview.txt"), r.report().textsWritten());
    Source alf = r.study().sources().stream().filter(s -> s.id().equals("alf-interview")).findFirst().orElseThrow();
    assertEquals(Optional.of("transcripts/alf-interview.txt"), alf.text());
    SourceTextFiles.write(r.texts(), dir);
    assertEquals(TRANSCRIPT, Files.readString(dir.resolve("transcripts/alf-interview.txt"), StandardCharsets.UTF_8));
    QuoteReport quotes = QuoteCheck.builder(dir.resolve("hughes.yaml").toString()).textsBesideCaseFile(dir).build()
        .check(r.study());
    assertTrue(quotes.isValid(), quotes.problems().toString());
    assertEquals(2, quotes.found());
    // Written again with the same text: nothing to do; another text there is never replaced.
    SourceTextFiles.write(r.texts(), dir);
    Files.writeString(dir.resolve("transcripts/alf-interview.txt"), "another text");
    QdaFileException e = assertThrows(QdaFileException.class, () -> SourceTextFiles.write(r.texts(), dir));
    assertTrue(e.problems().get(0).message().contains("not replaced"), e.problems().toString());
    assertEquals("another text", Files.readString(dir.resolve("transcripts/alf-interview.txt")));
  }

  @Test
  void aCsvImportedIntoACaseValidates() {
    String csv = """
        source,quote,locator,code,coder
        Alf interview.txt,"I can't see the numbers on the phone, love.",L2,Home/Phone,Rosa Hall
        Alf interview.txt,"I can't see the numbers on the phone, love.",L2,Conditions/Eyesight,Rosa Hall
        """;
    ImportMap map = map(HUGHES_MAP);
    QdaData data = CsvSegments.read(csv.getBytes(StandardCharsets.UTF_8), "segments.csv", map);
    EvidenceImport.Result r = EvidenceImport.into(CaseFiles.read(HUGHES), data, map);
    assertEquals(1, r.report().added());
    assertTrue(Case.builder(r.study()).problems().isEmpty());
    assertFalse(r.study().sources().stream().anyMatch(s -> s.text().isPresent() && s.id().equals("alf-interview")));
  }

  private static CodedSegment named(String key, String name, List<String> codes) {
    return new CodedSegment(key, "Alf interview.txt", CodedSegment.Kind.TEXT, Optional.of("My glasses are upstairs."),
        "L2", ImmutableList.copyOf(codes), ImmutableList.of(), Optional.empty(), ImmutableList.of(),
        Optional.ofNullable(name));
  }

  @Test
  void namesBecomeIdsWhereTheMapSaysSoAndTheNameIsFree() {
    QdaData data = new QdaData(ImmutableList.of(new SourceDocument("Alf interview.txt", CodedSegment.Kind.TEXT,
        Optional.of(TRANSCRIPT))), ImmutableList.of(
            named("k1", "ev-glasses-1", List.of("Home/Glasses")),
            // the same name again: the first keeps it, this one gets an id of its own
            named("k2", "ev-glasses-1", List.of("Home/Glasses")),
            // the id of an element of the case, and a name that is no id: ids made as ever
            named("k3", "glasses", List.of("Home/Glasses")),
            named("k4", "Glasses upstairs", List.of("Home/Glasses")),
            named("k5", null, List.of("Home/Glasses"))),
        ImmutableList.of());
    String yaml = HUGHES_MAP + "evidenceIds: names\n";
    EvidenceImport.Result r = EvidenceImport.into(CaseFiles.read(HUGHES), data, map(yaml));
    List<String> ids = r.study().evidence().stream().map(Evidence::id).toList();
    List<String> added = ids.subList(ids.size() - 5, ids.size());
    assertEquals("ev-glasses-1", added.get(0));
    for (String id : added.subList(1, 5)) {
      assertTrue(id.matches("ev-alf-interview-[0-9a-f]{12}"), id);
    }
    // Again into the result: every passage is already there, by name or by digest.
    EvidenceImport.Result again = EvidenceImport.into(r.study(), data, map(yaml));
    assertEquals(0, again.report().added());
    assertEquals(5, again.report().alreadyThere());
    // Without evidenceIds: names, the names are not used.
    assertFalse(EvidenceImport.into(CaseFiles.read(HUGHES), data, map(HUGHES_MAP)).study().evidence().stream()
        .anyMatch(e -> e.id().equals("ev-glasses-1")));
  }

  @Test
  void aKindCodeSaysWhatAPassageIsEvenWhereItSupportsNothing() {
    QdaData data = new QdaData(ImmutableList.of(new SourceDocument("Alf interview.txt", CodedSegment.Kind.TEXT,
        Optional.of(TRANSCRIPT))), ImmutableList.of(
            named("k1", null, List.of("Home/Glasses", "Kinds/Composite")),
            named("k2", null, List.of("Kinds/Author")),
            named("k3", null, List.of("Home/Glasses"))),
        ImmutableList.of());
    String yaml = HUGHES_MAP + "kindCodes: {\"Kinds/Composite\": composite, \"Kinds/Author\": author}\n";
    EvidenceImport.Result r = EvidenceImport.into(CaseFiles.read(HUGHES), data, map(yaml));
    List<Evidence> all = r.study().evidence();
    List<Evidence> added = all.subList(all.size() - 3, all.size());
    assertEquals(Optional.of(EvidenceKind.COMPOSITE), added.get(0).kind());
    assertEquals(ImmutableList.of("glasses"), added.get(0).supports());
    assertEquals(Optional.of(EvidenceKind.AUTHOR), added.get(1).kind());
    assertTrue(added.get(1).supports().isEmpty());
    // no kind code: the source's type says (an interview: a participant's words)
    assertEquals(Optional.of(EvidenceKind.PARTICIPANT), added.get(2).kind());
    assertEquals(java.util.Map.of(), r.report().unmappedCodes());

    QdaData twoKinds = new QdaData(data.sources(), ImmutableList.of(named("k1", null, List.of("Home/Glasses",
        "Kinds/Composite", "Kinds/Author"))), ImmutableList.of());
    QdaFileException e = assertThrows(QdaFileException.class, () -> EvidenceImport.into(CaseFiles.read(HUGHES),
        twoKinds, map(yaml)));
    assertEquals("kindCodes", e.problems().get(0).path());
    assertTrue(e.problems().get(0).message().contains("is coded as 2 kinds of evidence (composite, author)"),
        e.problems().get(0).message());
  }
}
