package org.sstlib.qda.refi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.qda.refi.Projects.EYESIGHT;
import static org.sstlib.qda.refi.Projects.OWN_DOCTOR;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.Problem;
import org.sstlib.qda.CodedSegment;
import org.sstlib.qda.CodedSegment.Kind;
import org.sstlib.qda.SourceDocument;

class QdeReaderTest {
  @TempDir Path dir;

  private RefiProject read(String xml) throws Exception {
    return QdeReader.readQdpx(Zips.write(dir, "study.qdpx", Projects.qdpx(xml)));
  }

  private Problem refused(String xml) throws Exception {
    RefiQdaException e = assertThrows(RefiQdaException.class, () -> read(xml));
    assertEquals(1, e.problems().size());
    return e.problems().get(0);
  }

  private static CodedSegment segment(RefiProject p, String guidEnd) {
    return p.data().segments().stream().filter(s -> s.key().endsWith(guidEnd)).findFirst().orElseThrow();
  }

  @Test
  void readsUsersCodesSourcesSelectionsAndNotes() throws Exception {
    RefiProject p = read(Projects.project(""));
    assertEquals("Letters study", p.name());
    assertEquals(Map.of(Projects.U1, "Ann Coder", Projects.U2, "Bo Coder"), p.users());
    assertEquals(List.of("Ann Coder", "Bo Coder"), p.data().users());

    assertEquals(List.of("Conditions", "Access", "Admin"), p.codes().stream().map(QdaCode::path).toList());
    QdaCode conditions = p.codes().get(0);
    assertEquals(false, conditions.codable());
    assertEquals(Optional.of("What the patient lives with"), conditions.description());
    assertEquals("Conditions/Eyesight", conditions.children().get(0).path());
    assertEquals("Access/Own doctor", p.codes().get(1).children().get(0).path());

    assertEquals(List.of(new SourceDocument("Interview 3.txt", Kind.TEXT, Optional.of(Projects.INTERVIEW)),
        new SourceDocument("Letter.pdf", Kind.PDF, Optional.of(Projects.PDF_TEXT)),
        new SourceDocument("Pill box.jpg", Kind.PICTURE, Optional.empty()),
        new SourceDocument("Interview 3.m4a", Kind.AUDIO, Optional.empty()),
        new SourceDocument("Visit.mp4", Kind.VIDEO, Optional.empty())), p.data().sources());

    assertEquals(8, p.data().segments().size(), "the uncoded selection is left out");
    CodedSegment first = segment(p, "0001");
    assertEquals("50000000-0000-0000-0000-000000000001", first.key());
    assertEquals(Optional.of(Projects.FIRST), first.quote());
    assertEquals("characters 49-66", first.locator());
    assertEquals(List.of("Conditions/Eyesight"), first.codes());
    assertEquals(List.of(EYESIGHT), first.codeGuids());
    assertEquals(Optional.of("Ann Coder"), first.coder());
    assertEquals(List.of("The daughter mediates every letter."), first.memos());

    CodedSegment second = segment(p, "0002");
    assertEquals(Optional.of(Projects.SECOND), second.quote(), "positions in code points: the emoji counts once");
    assertEquals(List.of("Access/Own doctor", "Conditions/Eyesight"), second.codes());
    assertEquals(List.of(OWN_DOCTOR, EYESIGHT), second.codeGuids());
    assertEquals(Optional.of("Bo Coder"), second.coder());

    CodedSegment pdfText = segment(p, "0004");
    assertEquals(Kind.PDF, pdfText.kind());
    assertEquals("Letter.pdf", pdfText.source());
    assertEquals(Optional.of(Projects.PDF_QUOTE), pdfText.quote());
    assertEquals(List.of("Access"), pdfText.codes());
    CodedSegment pdfRegion = segment(p, "0005");
    assertEquals("page 1, region (18, 45)-(577, 234)", pdfRegion.locator());
    assertEquals(Optional.of("Bo Coder"), pdfRegion.coder(), "the selection's creating user");

    CodedSegment picture = segment(p, "0006");
    assertEquals(Kind.PICTURE, picture.kind());
    assertEquals(Optional.empty(), picture.quote());
    assertEquals("region (10, 20)-(100, 200)", picture.locator());
    assertEquals(List.of("Large print on the box."), picture.memos(), "a note linked to the selection");

    CodedSegment audio = segment(p, "0007");
    assertEquals("00:01:02-00:01:30", audio.locator());
    assertEquals(List.of("Listen again at the end."), audio.memos(), "a coding's note, its text in the archive");
    assertEquals("00:00:01.500-01:02:03", segment(p, "0008").locator());
    assertEquals(Kind.VIDEO, segment(p, "0008").kind());

    CodedSegment transcribed = segment(p, "0009");
    assertEquals(Kind.AUDIO, transcribed.kind());
    assertEquals(Optional.of(Projects.INTERVIEW.substring(0, 20)), transcribed.quote(), "the transcript's text");
    assertEquals("transcript, 00:00:00-00:00:05, characters 0-20", transcribed.locator());
    assertEquals(List.of("Access/Own doctor"), transcribed.codes());

    assertEquals(List.of(), p.notRead());
    assertEquals(Map.of(EYESIGHT, 3, OWN_DOCTOR, 4, Projects.ACCESS, 1, Projects.ADMIN, 1), p.selectionCounts());
    assertEquals(List.of("Conditions  0 selections (not codable)", "  Conditions/Eyesight  3 selections",
        "Access  1 selection", "  Access/Own doctor  4 selections", "Admin  1 selection"), p.codeTreeLines());
  }

  @Test
  void readsInlineTextAndAProjectQdeOnItsOwn() {
    String xml = """
        <Project name="p"><CodeBook><Codes><Code guid="c1" name="A" isCodable="true"/></Codes></CodeBook>
        <Sources><TextSource guid="s1" name="Notes"><PlainTextContent>abc def</PlainTextContent>
        <PlainTextSelection guid="x1" startPosition="4" endPosition="7"><Coding guid="k1"><CodeRef targetGUID="c1"/>
        </Coding></PlainTextSelection></TextSource></Sources></Project>""";
    RefiProject p = QdeReader.readQde(xml.getBytes(StandardCharsets.UTF_8), "p.qde", path -> Optional.empty());
    assertEquals(Optional.of("def"), p.data().segments().get(0).quote());
    assertEquals(Optional.empty(), p.data().segments().get(0).coder());
  }

  @Test
  void refusesAnExternalEntity() throws Exception {
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <Project name="&xxe;"><Users/></Project>""";
    Problem p = refused(xxe);
    assertEquals(Optional.of(dir.resolve("study.qdpx") + "!project.qde"), p.file());
    assertEquals(2, p.line());
    assertTrue(p.message().contains("DOCTYPE") && p.message().contains("nothing was read"), p.message());
  }

  @Test
  void refusesABillionLaughs() throws Exception {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE Project [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    String bomb = "<?xml version=\"1.0\"?>\n" + dtd + "]>\n<Project name=\"&lol9;\"/>";
    Problem p = refused(bomb);
    assertTrue(p.message().contains("DOCTYPE") && p.message().contains("nothing was read"), p.message());
  }

  /** The JDK's parser once escaped with a MissingResourceException on a NUL in a DOCTYPE (found by fuzzing). */
  @Test
  void refusesANulInADoctype() throws Exception {
    Problem p = refused("<?xml version=\"1.0\"?>\n<!DOCTYPE Project [\u0000]>\n<Project/>");
    assertEquals(2, p.line());
    assertTrue(p.message().startsWith("is not well-formed XML: ") && p.message().contains("DOCTYPE"), p.message());
  }

  @Test
  void refusesPositionsOutsideTheText() throws Exception {
    String outside = """
        <PlainTextSelection guid="50000000-0000-0000-0000-0000000000ff" startPosition="120" endPosition="9999">
                <Coding guid="60000000-0000-0000-0000-0000000000ff"><CodeRef targetGUID="%s"/></Coding>
              </PlainTextSelection>""".formatted(EYESIGHT);
    Problem p = refused(Projects.project(outside));
    assertTrue(p.line() > 30, "located: " + p);
    assertTrue(p.message().contains("selection 50000000-0000-0000-0000-0000000000ff in source 'Interview 3.txt':"
        + " characters 120-9999 are outside its text of "), p.message());
  }

  @Test
  void refusesABrokenStructureWithTheLine() throws Exception {
    Problem root = refused("<?xml version=\"1.0\"?>\n<Projekt name=\"x\"/>");
    assertEquals(2, root.line());
    assertTrue(root.message().contains("the root element is <Projekt>, not <Project>"), root.message());

    Problem noGuid = refused(Projects.project("").replace("<Code guid=\"" + Projects.ADMIN + "\"", "<Code"));
    assertTrue(noGuid.message().equals("<Code> has no guid attribute, which the REFI-QDA standard requires"),
        noGuid.message());
    assertTrue(noGuid.line() > 1);

    Problem noStart = refused(Projects.project(
        "<PlainTextSelection guid=\"s9\" endPosition=\"3\"><Coding guid=\"k9\"><CodeRef targetGUID=\"" + EYESIGHT
            + "\"/></Coding></PlainTextSelection>"));
    assertTrue(noStart.message().contains("<PlainTextSelection> has no startPosition attribute"), noStart.message());

    Problem noCode = refused(Projects.project(
        "<PlainTextSelection guid=\"s9\" startPosition=\"0\" endPosition=\"3\"><Coding guid=\"k9\">"
            + "<CodeRef targetGUID=\"no-such-code\"/></Coding></PlainTextSelection>"));
    assertTrue(noCode.message().equals("selection s9 is coded with no-such-code, which is no code of the project's"
        + " codebook"), noCode.message());

    Problem notXml = refused("<Project><Users></Project>");
    assertTrue(notXml.message().startsWith("is not well-formed XML"), notXml.message());
    assertEquals(1, notXml.line());
  }

  @Test
  void readsAProjectNamedAfterItselfAndASelectionsDescription() throws Exception {
    String xml = Projects.project("");
    xml = xml.replace("<Coding guid=\"60000000-0000-0000-0000-000000000002\"",
        "<Description> Hello, trying this out </Description>\n<Coding guid=\"60000000-0000-0000-0000-000000000002\"");
    var entries = Zips.entries("Trial.qde", xml, "sources/41.txt", Projects.INTERVIEW, "sources/42.txt",
        Projects.PDF_TEXT, "sources/a2.txt", "memo");
    RefiProject p = QdeReader.readQdpx(Zips.write(dir, "atlas.qdpx", Zips.zip(entries)));
    assertEquals(List.of("Hello, trying this out"), segment(p, "0002").memos());
    Path bad = Zips.write(dir, "bad.qdpx", Zips.zip(Zips.entries("Trial.qde", "<Projekt/>")));
    assertEquals(Optional.of(bad + "!Trial.qde"),
        assertThrows(RefiQdaException.class, () -> QdeReader.readQdpx(bad)).problems().get(0).file());
    assertTrue(assertThrows(RefiQdaException.class, () -> QdeReader.readQdpx(Zips.write(dir, "two.qdpx",
        Zips.zip(Zips.entries("a.qde", "<Project/>", "b.qde", "<Project/>"))))).getMessage()
        .contains("holds no project.qde"));
  }

  @Test
  void refusesAnArchiveWithoutAProject() throws Exception {
    Path file = Zips.write(dir, "x.qdpx", Zips.zip(Zips.entries("sources/a.txt", "a")));
    assertTrue(assertThrows(RefiQdaException.class, () -> QdeReader.readQdpx(file)).getMessage()
        .contains("holds no project.qde"));
  }

  @Test
  void readsACodebook() throws Exception {
    String qdc = """
        <?xml version="1.0" encoding="utf-8"?>
        <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="ATLAS.ti">
          <Codes>
            <Code guid="c1" name="Access" isCodable="true">
              <Description>Getting to care</Description>
              <Code guid="c2" name="Own doctor" isCodable="true"/>
            </Code>
          </Codes>
        </CodeBook>""";
    Path file = java.nio.file.Files.writeString(dir.resolve("codes.qdc"), qdc);
    ImmutableList<QdaCode> codes = QdeReader.readQdc(file);
    assertEquals(1, codes.size());
    assertEquals(Optional.of("Getting to care"), codes.get(0).description());
    assertEquals("Access/Own doctor", codes.get(0).children().get(0).path());
    RefiQdaException e = assertThrows(RefiQdaException.class,
        () -> QdeReader.readCodebook("<Project/>".getBytes(StandardCharsets.UTF_8), "p.qdc"));
    assertTrue(e.getMessage().contains("not <CodeBook>"));
  }

  /**
   * Codes nested thousands deep once overflowed the stack of the reader that walks the code tree (found by
   * RefiFuzzTest's corpus file deep-codes.qdc); nesting past {@link XmlTree#MAX_DEPTH} is refused where it passes.
   */
  @Test
  void refusesElementsNestedTooDeep() {
    int codes = XmlTree.MAX_DEPTH - 2;
    ImmutableList<QdaCode> deepest = QdeReader.readCodebook(nested(codes), "deep.qdc");
    assertEquals(codes, deepest.get(0).flatten().count());
    RefiQdaException e = assertThrows(RefiQdaException.class, () -> QdeReader.readCodebook(nested(5000), "deep.qdc"));
    Problem p = e.problems().get(0);
    assertEquals(1, p.line());
    assertTrue(p.column() > 0);
    assertEquals("has elements nested more than 256 deep, which no REFI-QDA file has; not read", p.message());
  }

  private static byte[] nested(int codes) {
    StringBuilder xml = new StringBuilder("<CodeBook><Codes>");
    for (int i = 0; i < codes; i++) {
      xml.append("<Code guid=\"").append(i).append("\" name=\"n\" isCodable=\"true\">");
    }
    xml.append("</Code>".repeat(codes)).append("</Codes></CodeBook>");
    return xml.toString().getBytes(StandardCharsets.UTF_8);
  }
}
