package org.sstlib.qda.refi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.Evidence;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.Problem;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.qda.CodedSegment;
import org.sstlib.qda.EvidenceImport;
import org.sstlib.qda.ImportMap;
import org.sstlib.qda.CodedSegment.Kind;
import org.sstlib.qda.SourceDocument;

/** Coded selections of a video's transcript, between the transcript's sync points. */
class TranscriptTest {
  @TempDir Path dir;

  private static final String CODE = "20000000-0000-0000-0000-0000000000c1";
  private static final String OTHER = "20000000-0000-0000-0000-0000000000c2";

  /** A transcript with an emoji (outside the Basic Multilingual Plane) before the second sync point. */
  static final String TEXT = "Nurse: Shall we look at the post?\n"
      + "Patient: The letters pile up \uD83D\uDCEC by the door; I can't read them.\n"
      + "Nurse: Who helps you?\n"
      + "Patient: My daughter, on Sundays.\n";

  /** The code-point position of {@code part} in {@link #TEXT}, or of its end. */
  private static int at(String part, boolean end) {
    int i = TEXT.indexOf(part);
    assertTrue(i >= 0, part);
    return TEXT.codePointCount(0, end ? i + part.length() : i);
  }

  private static final String PILE = "The letters pile up \uD83D\uDCEC by the door";
  private static final String READ_TO_DAUGHTER = "I can't read them.\nNurse: Who helps you?\nPatient: My daughter";

  /** The project: {@code %s} is where a test puts more (selections, sync points) into the transcript. */
  private static String project(String extra) {
    return """
        <?xml version="1.0" encoding="utf-8"?>
        <Project xmlns="urn:QDA-XML:project:1.0" name="Visits">
          <Users><User guid="10000000-0000-0000-0000-0000000000a1" name="Ann Coder"/></Users>
          <CodeBook><Codes>
            <Code guid="%1$s" name="Letters" isCodable="true"/>
            <Code guid="%2$s" name="Help at home" isCodable="true"/>
          </Codes></CodeBook>
          <Sources>
            <VideoSource guid="40000000-0000-0000-0000-0000000000v1" name="Visit 2.mp4" path="relative:///Visit 2.mp4">
              <Coding guid="60000000-0000-0000-0000-0000000000w1"><CodeRef targetGUID="%2$s"/></Coding>
              <Transcript guid="80000000-0000-0000-0000-0000000000t1" name="Visit 2 transcript"
                  plainTextPath="internal://t1.txt">
                <SyncPoint guid="90000000-0000-0000-0000-000000000001" position="0" timeStamp="0"/>
                <SyncPoint guid="90000000-0000-0000-0000-000000000002" position="%3$d" timeStamp="65000"/>
                <SyncPoint guid="90000000-0000-0000-0000-000000000003" position="%4$d" timeStamp="90000"/>
                <SyncPoint guid="90000000-0000-0000-0000-000000000004" position="%5$d" timeStamp="130500"/>
                <SyncPoint guid="90000000-0000-0000-0000-000000000005" position="%6$d" timeStamp="150000"/>
                <TranscriptSelection guid="50000000-0000-0000-0000-0000000000s1" name="letters pile up"
                    fromSyncPoint="90000000-0000-0000-0000-000000000002"
                    toSyncPoint="90000000-0000-0000-0000-000000000003">
                  <Coding guid="60000000-0000-0000-0000-0000000000k1"
                      creatingUser="10000000-0000-0000-0000-0000000000a1"><CodeRef targetGUID="%1$s"/></Coding>
                </TranscriptSelection>
                <TranscriptSelection guid="50000000-0000-0000-0000-0000000000s2"
                    fromSyncPoint="90000000-0000-0000-0000-000000000004"
                    toSyncPoint="90000000-0000-0000-0000-000000000005">
                  <Description>She hands them over at once.</Description>
                  <Coding guid="60000000-0000-0000-0000-0000000000k2"><CodeRef targetGUID="%2$s"/>
                    <NoteRef targetGUID="a0000000-0000-0000-0000-0000000000n1"/></Coding>
                  <Coding guid="60000000-0000-0000-0000-0000000000k3"><CodeRef targetGUID="%1$s"/></Coding>
                </TranscriptSelection>
                <TranscriptSelection guid="50000000-0000-0000-0000-0000000000s3"
                    fromSyncPoint="90000000-0000-0000-0000-000000000009" toSyncPoint="nowhere"/>
                %7$s
              </Transcript>
            </VideoSource>
          </Sources>
          <Notes>
            <Note guid="a0000000-0000-0000-0000-0000000000n1" name="Memo">
              <PlainTextContent>The daughter reads every letter.</PlainTextContent>
            </Note>
          </Notes>
        </Project>
        """.formatted(CODE, OTHER, at(PILE, false), at(PILE, true), at(READ_TO_DAUGHTER, false),
        at(READ_TO_DAUGHTER, true), extra);
  }

  private RefiProject read(String xml) throws Exception {
    return QdeReader.readQdpx(Zips.write(dir, "visits.qdpx", Zips.zip(Zips.entries("project.qde", xml,
        "sources/t1.txt", TEXT))));
  }

  private Problem refused(String extra) throws Exception {
    String xml = project(extra);
    RefiQdaException e = assertThrows(RefiQdaException.class, () -> read(xml));
    assertEquals(1, e.problems().size());
    Problem p = e.problems().get(0);
    assertEquals(lineOf(xml, "guid=\"50000000-0000-0000-0000-0000000000bb\""), p.line(), p.toString());
    return p;
  }

  private static int lineOf(String xml, String part) {
    return (int) xml.substring(0, xml.indexOf(part)).chars().filter(c -> c == '\n').count() + 1;
  }

  private static String selection(String from, String to) {
    return "<TranscriptSelection guid=\"50000000-0000-0000-0000-0000000000bb\" fromSyncPoint=\"" + from
        + "\" toSyncPoint=\"" + to + "\"><Coding guid=\"60000000-0000-0000-0000-0000000000kb\"><CodeRef targetGUID=\""
        + CODE + "\"/></Coding></TranscriptSelection>";
  }

  private static String point(int n) {
    return "90000000-0000-0000-0000-00000000000" + n;
  }

  @Test
  void readsOverlappingCodedSelectionsOfAVideosTranscript() throws Exception {
    RefiProject p = read(project(""));
    assertEquals(List.of(new SourceDocument("Visit 2.mp4", Kind.VIDEO, Optional.empty())), p.data().sources(),
        "the transcript is not the video's text: no text file is written for it");
    assertEquals(2, p.data().segments().size(), "the uncoded selection, broken as it is, is left out");

    CodedSegment first = p.data().segments().get(0);
    assertEquals("50000000-0000-0000-0000-0000000000s1", first.key());
    assertEquals("Visit 2.mp4", first.source());
    assertEquals(Kind.VIDEO, first.kind());
    assertEquals(Optional.of(PILE), first.quote(), "positions in code points: the emoji counts once");
    assertEquals("transcript 'Visit 2 transcript', 00:01:05-00:01:30, characters " + at(PILE, false) + "-"
        + at(PILE, true), first.locator());
    assertEquals(List.of("Letters"), first.codes());
    assertEquals(List.of(CODE), first.codeGuids());
    assertEquals(Optional.of("Ann Coder"), first.coder());
    assertEquals(List.of(), first.memos());
    assertEquals(Optional.of("letters pile up"), first.name());

    CodedSegment second = p.data().segments().get(1);
    assertEquals(Optional.of(READ_TO_DAUGHTER), second.quote(), "overlapping the first, across line breaks");
    assertTrue(second.locator().startsWith("transcript 'Visit 2 transcript', 00:02:10.500-00:02:30, characters "),
        second.locator());
    assertEquals(List.of("Help at home", "Letters"), second.codes());
    assertEquals(List.of("She hands them over at once.", "The daughter reads every letter."), second.memos());
    assertEquals(Optional.empty(), second.coder());
    assertEquals(Optional.empty(), second.name());

    assertEquals(List.of("source 'Visit 2.mp4' is coded as a whole (1 coding), which is not read: only coded"
        + " selections become segments"), p.notRead());
  }

  /**
   * A transcript passage has its words: imported, it is the interview's evidence with its quote (no note saying it
   * has none), and the video gets no text file.
   */
  @Test
  void importsATranscriptPassageWithItsQuote() throws Exception {
    ImportMap map = ImportMap.parse("codes: {Letters: glasses, \"Help at home\": alf-daily-life/stairs}\n",
        "map.yaml");
    EvidenceImport.Result r = EvidenceImport.into(CaseFiles.read(Path.of("../examples/cases/hughes-2022.yaml")),
        read(project("")).data(), map);
    assertEquals(java.util.Map.of(), r.texts());
    List<Evidence> added = r.study().evidence().stream().filter(e -> e.quote().isPresent()
        && e.locator().orElse("").startsWith("transcript ")).toList();
    assertEquals(2, added.size());
    assertEquals(Optional.of(PILE), added.get(0).quote());
    assertEquals(Optional.of(EvidenceKind.PARTICIPANT), added.get(0).kind());
    assertEquals(Optional.empty(), added.get(0).note());
    assertEquals(Optional.of("She hands them over at once.\n\nThe daughter reads every letter."),
        added.get(1).note());
  }

  @Test
  void readsInlineTextAndSaysWhatItCannotPlace() {
    String xml = project(
        "<TranscriptSelection guid=\"50000000-0000-0000-0000-0000000000s4\" fromSyncPoint=\"" + point(1) + "\">"
            + "<Coding guid=\"60000000-0000-0000-0000-0000000000k4\"><CodeRef targetGUID=\"" + CODE + "\"/></Coding>"
            + "</TranscriptSelection>"
            + selection(point(1), point(2)).replace("0000bb", "0000s5"))
        .replace("plainTextPath=\"internal://t1.txt\">", "><PlainTextContent>" + TEXT + "</PlainTextContent>");
    RefiProject p = QdeReader.readQde(xml.getBytes(StandardCharsets.UTF_8), "visits.qde", path -> Optional.empty());
    CodedSegment opening = p.data().segments().get(2);
    assertEquals(Optional.of("Nurse: Shall we look at the post?\nPatient: "), opening.quote());
    assertEquals("transcript 'Visit 2 transcript', 00:00:00-00:01:05, characters 0-" + at(PILE, false),
        opening.locator());
    assertEquals("transcript selection 50000000-0000-0000-0000-0000000000s4 in source 'Visit 2.mp4' is coded but has"
        + " no toSyncPoint, so where it lies in its transcript 'Visit 2 transcript' is not known; it was not read",
        p.notRead().get(1));
  }

  @Test
  void withoutTheTranscriptsTextASelectionHasItsPlaceButNoQuote() throws Exception {
    RefiProject p = QdeReader.readQdpx(Zips.write(dir, "no-text.qdpx",
        Zips.zip(Zips.entries("project.qde", project("")))));
    CodedSegment first = p.data().segments().get(0);
    assertEquals(Optional.empty(), first.quote());
    assertTrue(first.locator().startsWith("transcript 'Visit 2 transcript', 00:01:05-00:01:30, characters "),
        first.locator());
  }

  @Test
  void refusesASyncPointThatIsNotThere() throws Exception {
    Problem p = refused(selection(point(1), "90000000-0000-0000-0000-0000000000ff"));
    assertEquals("transcript selection 50000000-0000-0000-0000-0000000000bb in source 'Visit 2.mp4': its toSyncPoint"
        + " 90000000-0000-0000-0000-0000000000ff is no sync point of its transcript 'Visit 2 transcript'",
        p.message());
    assertTrue(refused(selection("x", point(2))).message().contains("its fromSyncPoint x is no sync point"));
  }

  @Test
  void refusesPositionsOutsideTheTranscript() throws Exception {
    int length = TEXT.codePointCount(0, TEXT.length());
    Problem p = refused("<SyncPoint guid=\"90000000-0000-0000-0000-000000000006\" position=\"9999\" timeStamp=\""
        + "160000\"/>" + selection(point(5), point(6)));
    assertEquals("transcript selection 50000000-0000-0000-0000-0000000000bb in source 'Visit 2.mp4': characters "
        + at(READ_TO_DAUGHTER, true) + "-9999 are outside the text of its transcript 'Visit 2 transcript' of "
        + length + " characters", p.message());
  }

  @Test
  void refusesAFromSyncPointAfterItsTo() throws Exception {
    Problem positions = refused("<SyncPoint guid=\"90000000-0000-0000-0000-000000000006\" position=\"3\""
        + " timeStamp=\"65000\"/>" + selection(point(2), point(6)));
    assertTrue(positions.message().endsWith(": its fromSyncPoint (at character " + at(PILE, false) + ") comes after"
        + " its toSyncPoint (at character 3)"), positions.message());
    Problem times = refused("<SyncPoint guid=\"90000000-0000-0000-0000-000000000006\" position=\"" + length()
        + "\" timeStamp=\"1000\"/>" + selection(point(5), point(6)));
    assertTrue(times.message().endsWith(": its fromSyncPoint (at 00:02:30) comes after its toSyncPoint (at"
        + " 00:00:01)"), times.message());
  }

  @Test
  void refusesTwoSyncPointsWithOneGuid() throws Exception {
    String xml = project("<SyncPoint guid=\"" + point(3) + "\" position=\"1\" timeStamp=\"1\"/>");
    RefiQdaException e = assertThrows(RefiQdaException.class, () -> read(xml));
    Problem p = e.problems().get(0);
    assertEquals("two sync points of the transcript 'Visit 2 transcript' of source 'Visit 2.mp4' have the GUID "
        + point(3), p.message());
    assertTrue(p.line() > 10, p.toString());
  }

  private static int length() {
    return TEXT.codePointCount(0, TEXT.length());
  }
}
