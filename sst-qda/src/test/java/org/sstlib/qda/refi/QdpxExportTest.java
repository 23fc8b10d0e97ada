package org.sstlib.qda.refi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.Analyst;
import org.sstlib.core.Case;
import org.sstlib.core.Evidence;
import org.sstlib.core.Source;
import org.sstlib.core.SourceType;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.quotes.QuoteCheck;
import org.sstlib.core.quotes.QuoteReport;
import org.sstlib.qda.CodedSegment;
import org.sstlib.qda.EvidenceImport;
import org.sstlib.qda.ImportMap;

/**
 * A case's evidence out as a REFI-QDA project and back: for every example case, the project read by our reader and
 * imported with the map the export wrote gives the same evidence (ids, sources, quotes, supports, kinds, analysts,
 * notes) into the case without it, and adds nothing to the case itself; the same case gives the same bytes; a
 * source whose text is at hand goes out as that text, each selection where its quote was found.
 */
class QdpxExportTest {
  @TempDir Path dir;

  /** The example cases, those in folders of their own too. */
  static List<Case> examples() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("../examples/cases"))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().map(CaseFiles::read)
          .toList();
    }
  }

  @Test
  void everyExampleComesBackAsTheSameEvidence() throws IOException {
    List<Case> examples = examples();
    assertTrue(examples.size() >= 9, "the example cases: " + examples.size());
    for (Case study : examples) {
      QdpxExport.Result r = QdpxExport.of(study, List.of(), s -> Optional.empty(), "sst test");
      List<Evidence> quoted = study.evidence().stream().filter(e -> e.quote().isPresent()).toList();
      assertEquals(quoted.size(), r.selections(), study.id());
      assertEquals(study.evidence().size() - quoted.size(), r.withoutQuote(), study.id());

      Path qdpx = dir.resolve(study.id() + ".qdpx");
      Files.write(qdpx, r.qdpx());
      RefiProject project = QdeReader.readQdpx(qdpx);
      ImportMap map = ImportMap.parse(r.map(), study.id() + ".map.yaml");
      assertEquals(quoted.size(), project.data().segments().size(), study.id());

      // Into the case without its quoted evidence: the same evidence comes back.
      Case.Builder without = Case.builder(study.id(), study.title());
      copyAllButEvidence(study, without);
      study.evidence().stream().filter(e -> e.quote().isEmpty()).forEach(without::evidence);
      EvidenceImport.Result back = EvidenceImport.into(without.build(), project.data(), map);
      assertEquals(quoted.size(), back.report().added(), study.id() + ": " + back.report().lines());
      assertEquals(Map.of(), back.report().unmappedCodes(), study.id());
      assertEquals(List.of(), back.report().sourcesAdded(), study.id());
      assertEquals(List.of(), back.report().analystsAdded(), study.id());
      Map<String, Evidence> came = back.study().evidence().stream()
          .collect(Collectors.toMap(Evidence::id, e -> e));
      for (Evidence e : quoted) {
        Evidence b = came.get(e.id());
        assertTrue(b != null, study.id() + ": " + e.id() + " did not come back");
        String what = study.id() + "/" + e.id();
        assertEquals(e.source(), b.source(), what);
        assertEquals(e.quote(), b.quote(), what);
        assertEquals(new TreeSet<>(e.supports()), new TreeSet<>(b.supports()), what);
        assertEquals(e.kind(), b.kind(), what);
        assertEquals(e.by(), b.by(), what);
        assertEquals(e.note(), b.note(), what);
      }

      // Into the case itself: nothing is added, nothing changes.
      EvidenceImport.Result again = EvidenceImport.into(study, project.data(), map);
      assertEquals(0, again.report().added(), study.id());
      assertEquals(quoted.size(), again.report().alreadyThere(), study.id());
      assertEquals(study, again.study(), study.id());
    }
  }

  @Test
  void theSameCaseGivesTheSameBytes() throws IOException {
    Case study = CaseFiles.read(Path.of("../examples/cases/hughes-2022.yaml"));
    QdpxExport.Result a = QdpxExport.of(study, List.of(), s -> Optional.empty(), "sst test");
    QdpxExport.Result b = QdpxExport.of(CaseFiles.read(Path.of("../examples/cases/hughes-2022.yaml")), List.of(),
        s -> Optional.empty(), "sst test");
    assertArrayEquals(a.qdpx(), b.qdpx());
    assertEquals(a.map(), b.map());
  }

  @Test
  void theCodesStandUnderHeadingsWithWhatTheyStandFor() throws IOException {
    Case study = CaseFiles.read(Path.of("../examples/cases/hughes-2022.yaml"));
    Path qdpx = dir.resolve("h.qdpx");
    Files.write(qdpx, QdpxExport.of(study, List.of(), s -> Optional.empty(), "sst test").qdpx());
    RefiProject p = QdeReader.readQdpx(qdpx);
    Set<String> roots = p.codes().stream().map(QdaCode::name).collect(Collectors.toSet());
    assertTrue(roots.contains(QdpxExport.KINDS), roots.toString());
    for (QdaCode root : p.codes()) {
      assertFalse(root.codable(), root.path() + " is a heading");
      assertFalse(root.children().isEmpty(), root.path());
    }
    // Every segment carries exactly one kind code, since every example's evidence says its kind.
    for (CodedSegment s : p.data().segments()) {
      long kinds = s.codes().stream().filter(c -> c.startsWith(QdpxExport.KINDS + "/")).count();
      assertEquals(1, kinds, s.name().orElse(s.key()));
    }
    // The users are the case's analysts, by name.
    assertEquals(study.analysts().stream().map(Analyst::name).sorted().toList(),
        p.users().values().stream().sorted().toList());
  }

  @Test
  void aSourceWhoseTextIsAtHandGoesOutAsThatText() throws IOException {
    String transcript = "I: How is the phone?\nA: I can\u2019t see the numbers on it.\nI: And the buttons?\n"
        + "A: Too small \uD83D\uDE42 for me.\n";
    Files.writeString(dir.resolve("int-1.txt"), transcript, StandardCharsets.UTF_8);
    Case study = CaseFiles.read(("sst: \"2\"\nid: phone\ntitle: Phone\n"
        + "analysts: [{id: rh, name: Rosa Hall}]\n"
        + "sources: [{id: int-1, type: interview, text: int-1.txt}]\n"
        + "agents: [{id: alf, label: Alf, type: individual}]\n"
        + "evidence:\n"
        + "  - {id: ev-1, source: int-1, kind: participant, quote: \"I can't see the numbers on it.\","
        + " supports: [alf], by: rh, note: \"Said twice.\"}\n"
        + "  - {id: ev-2, source: int-1, kind: participant, quote: \"Too small \uD83D\uDE42 for me.\","
        + " supports: [alf]}\n").getBytes(StandardCharsets.UTF_8), org.sstlib.core.casefile.CaseFormat.YAML,
        "phone.yaml");
    QuoteReport report = QuoteCheck.builder("phone.yaml").textsBesideCaseFile(dir).build().check(study);
    assertTrue(report.isValid(), report.problems().toString());
    assertEquals(2, report.anchors().size());
    QdpxExport.Result r = QdpxExport.of(study, report.anchors(), s -> s.id().equals("int-1")
        ? Optional.of(transcript) : Optional.empty(), "sst test");
    assertEquals(List.of("int-1"), r.fullTexts());
    assertEquals(List.of(), r.quoteTexts());
    Path qdpx = dir.resolve("phone.qdpx");
    Files.write(qdpx, r.qdpx());
    RefiProject p = QdeReader.readQdpx(qdpx);
    assertEquals(Optional.of(transcript), p.data().sources().get(0).plainText());
    // The typographic apostrophe of the text is what the selection holds: the passage as the text writes it.
    assertEquals(Optional.of("I can\u2019t see the numbers on it."), p.data().segments().get(0).quote());
    assertEquals(Optional.of("Too small \uD83D\uDE42 for me."), p.data().segments().get(1).quote());
    assertEquals(List.of("Said twice."), p.data().segments().get(0).memos());
    assertEquals(Optional.of("Rosa Hall"), p.data().segments().get(0).coder());
  }

  @Test
  void aCaseWithoutQuotesGivesAnEmptyProjectThatReads() throws IOException {
    Case study = Case.builder("empty", "Nothing quoted")
        .source(new Source("s", SourceType.DOCUMENT, Optional.empty(), Optional.empty(), Optional.empty()))
        .build();
    QdpxExport.Result r = QdpxExport.of(study, List.of(), s -> Optional.empty(), "sst test");
    assertEquals(0, r.selections());
    Path qdpx = dir.resolve("e.qdpx");
    Files.write(qdpx, r.qdpx());
    assertEquals(0, QdeReader.readQdpx(qdpx).data().segments().size());
    ImportMap.parse(r.map(), "e.map.yaml");
  }

  /**
   * What a researcher does with the project: opens it in their tool, codes one more passage (a part of a quote
   * already there, with a code the export made), exports it again; the import adds that passage as new evidence and
   * leaves every quote that came from the case as it is.
   */
  @Test
  void aPassageCodedInTheToolComesInAsNewEvidence() throws IOException {
    Case study = CaseFiles.read(Path.of("../examples/cases/hughes-2022.yaml"));
    QdpxExport.Result r = QdpxExport.of(study, List.of(), s -> Optional.empty(), "sst test");
    Path qdpx = dir.resolve("h.qdpx");
    Files.write(qdpx, r.qdpx());
    RefiProject before = QdeReader.readQdpx(qdpx);
    CodedSegment first = before.data().segments().get(0);
    String code = first.codeGuids().get(0);
    String qde = new String(unzip(r.qdpx()).get("project.qde"), StandardCharsets.UTF_8);
    // The first selection's first five characters, coded again as a new selection.
    int at = qde.indexOf("<PlainTextSelection ");
    int from = qde.indexOf("startPosition=\"", at) + "startPosition=\"".length();
    int start = Integer.parseInt(qde.substring(from, qde.indexOf('"', from)));
    String added = "<PlainTextSelection guid=\"0E1F2A3B-0000-4000-8000-000000000001\" name=\"a passage coded in the"
        + " tool\" startPosition=\"" + start + "\" endPosition=\"" + (start + 5) + "\"><Coding guid=\"0E1F2A3B-0000"
        + "-4000-8000-000000000002\"><CodeRef targetGUID=\"" + code + "\"/></Coding></PlainTextSelection>\n";
    Map<String, byte[]> entries = new java.util.TreeMap<>(unzip(r.qdpx()));
    entries.put("project.qde", (qde.substring(0, at) + added + qde.substring(at)).getBytes(StandardCharsets.UTF_8));
    Path edited = dir.resolve("edited.qdpx");
    Files.write(edited, zip(entries));

    RefiProject after = QdeReader.readQdpx(edited);
    EvidenceImport.Result back = EvidenceImport.into(study, after.data(), ImportMap.parse(r.map(), "h.map.yaml"));
    assertEquals(1, back.report().added(), back.report().lines().toString());
    assertEquals(before.data().segments().size(), back.report().alreadyThere());
    Evidence e = back.study().evidence().get(back.study().evidence().size() - 1);
    assertTrue(e.id().matches("ev-" + first.source() + "-[0-9a-f]{12}"), e.id());
    assertEquals(Optional.of(first.quote().orElseThrow().substring(0, 5)), e.quote());
    assertEquals(1, e.supports().size());
    assertEquals(study.evidence().subList(0, study.evidence().size()), back.study().evidence().subList(0,
        study.evidence().size()));
  }

  private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
    Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
      for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
        out.write(e.getValue());
      }
    }
    return bytes.toByteArray();
  }

  private static void copyAllButEvidence(Case o, Case.Builder b) {
    o.citation().ifPresent(b::citation);
    o.doi().ifPresent(b::doi);
    b.base(o.base());
    b.continues(o.continues().toArray(String[]::new));
    b.level(o.level());
    o.authors().forEach(b::author);
    o.analysts().forEach(b::analyst);
    o.sources().forEach(b::source);
    o.agents().forEach(b::agent);
    o.positionPractices().forEach(b::positionPractice);
    o.structures().forEach(b::structure);
    o.events().forEach(b::event);
    o.cycles().forEach(b::cycle);
    o.codebooks().forEach(b::codebook);
  }
}
