package org.sstlib.qda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Problem;

/**
 * Coded-segments spreadsheets in Excel's CSV dialect: a byte-order mark, quoted cells holding commas, quotes and line
 * breaks, Taguette's highlights export, named columns, and every problem located by row and column name.
 */
class CsvSegmentsTest {

  private static QdaData read(String csv, String map) {
    return CsvSegments.read(csv.getBytes(StandardCharsets.UTF_8), "segments.csv", ImportMap.parse(map, "map.yaml"));
  }

  @Test
  void readsExcelsDialectWithAByteOrderMark() {
    String csv = "\uFEFFsource,quote,locator,code,coder,memo\r\n"
        + "Interview 3.txt,\"I can't read the letters, not any more.\",L12,Conditions/Eyesight,Rosa Hall,\r\n"
        + "Interview 3.txt,\"She said \"\"ring me\"\"\r\nand I did\",L14-L15,Access/Own doctor,Rosa Hall,"
        + "\"a memo, with a comma\"\r\n";
    QdaData data = read(csv, "{}");
    assertEquals(2, data.segments().size());
    CodedSegment first = data.segments().get(0);
    assertEquals("Interview 3.txt", first.source());
    assertEquals(Optional.of("I can't read the letters, not any more."), first.quote());
    assertEquals("L12", first.locator());
    assertEquals(ImmutableList.of("Conditions/Eyesight"), first.codes());
    assertEquals(Optional.of("Rosa Hall"), first.coder());
    CodedSegment second = data.segments().get(1);
    assertEquals(Optional.of("She said \"ring me\"\r\nand I did"), second.quote());
    assertEquals(ImmutableList.of("a memo, with a comma"), second.memos());
    assertEquals(ImmutableList.of("Rosa Hall"), data.users());
    assertEquals(1, data.sources().size());
    assertEquals(Optional.empty(), data.sources().get(0).plainText());
  }

  @Test
  void rowsOfOnePassageAreOneSegmentWithEveryCode() {
    String csv = """
        source,quote,locator,code
        A.txt,same words,L1,First
        A.txt,same words,L1,Second
        A.txt,same words,L2,First
        """;
    QdaData data = read(csv, "{}");
    assertEquals(2, data.segments().size());
    assertEquals(ImmutableList.of("First", "Second"), data.segments().get(0).codes());
  }

  @Test
  void readsTaguettesHighlightsExportAsAPreset() {
    // Taguette's export: id, document, tag, content; one row for each tag of a highlight.
    String csv = """
        id,document,tag,content
        12,Interview with Alf,eyesight,"I can't see the numbers on the phone, love"
        12,Interview with Alf,phone,"I can't see the numbers on the phone, love"
        15,Interview with Alf,,an untagged highlight
        """;
    QdaData data = read(csv, "preset: taguette\n");
    assertEquals(2, data.segments().size());
    CodedSegment s = data.segments().get(0);
    assertEquals(ImmutableList.of("eyesight", "phone"), s.codes());
    assertEquals("highlight 12", s.locator());
    assertEquals("Interview with Alf", s.source());
    assertTrue(data.segments().get(1).codes().isEmpty());
    // A newer Taguette adds the tag's parent and full path: the full path is the code.
    String newer = """
        id,document,tag,tag_parent,tag_full_path,tag_description,content
        3,Notes,eyesight,conditions,conditions.eyesight,,words
        """;
    assertEquals(ImmutableList.of("conditions.eyesight"), read(newer, "preset: taguette\n").segments().get(0).codes());
  }

  @Test
  void columnsAreNamedInTheMapAndCodePathsSplitAtTheSeparator() {
    // MAXQDA's coded segments: Document name, Code (Parent\Child), Begin, End, Segment, Modified by.
    String csv = """
        Document name;Code;Begin;End;Segment;Modified by
        Interview 3;Conditions\\Eyesight;12;13;the letters;RH
        """;
    QdaData data = read(csv, """
        columns: {source: Document name, code: Code, locator: [Begin, End], quote: Segment, coder: Modified by}
        codeSeparator: "\\\\"
        """);
    CodedSegment s = data.segments().get(0);
    assertEquals(ImmutableList.of("Conditions/Eyesight"), s.codes());
    assertEquals("Begin 12, End 13", s.locator());
    assertEquals(Optional.of("RH"), s.coder());
  }

  @Test
  void aMissingColumnIsNamedWithTheColumnsThereAre() {
    QdaFileException e = assertThrows(QdaFileException.class, () -> read("source,qoute,code\nA,b,c\n", "{}"));
    Problem p = e.problems().get(0);
    assertEquals("row 1", p.path());
    assertEquals(1, p.line());
    assertTrue(p.message().contains("no column 'quote'") && p.message().contains("did you mean 'qoute'?"),
        p.message());
  }

  @Test
  void rowProblemsAreLocatedByLineRowAndColumnName() {
    String csv = "source,quote,code\nA,\"two\nlines\",x\n,no source,y\nB,too,many,cells\n";
    QdaFileException e = assertThrows(QdaFileException.class, () -> read(csv, "{}"));
    List<Problem> p = e.problems();
    assertEquals(2, p.size(), p.toString());
    assertEquals("segments.csv:4: row 3, column 'source': no source: every coded segment names the source it is "
        + "from", p.get(0).toString());
    assertEquals("row 4", p.get(1).path());
    assertEquals(5, p.get(1).line());
  }

  @Test
  void aRowAfterQuotedLineBreaksIsLocatedAtItsFileLine() {
    // Line 1 names the separator; the quote on lines 3-5 holds a CRLF and a lone CR; the row on line 6 has no source.
    String csv = "sep=;\r\nsource;quote;code\r\nA;\"one\r\ntwo\rthree\";x\r\n;no source;y\r\n";
    QdaFileException e = assertThrows(QdaFileException.class, () -> read(csv, "{}"));
    assertEquals("segments.csv:6: row 3, column 'source': no source: every coded segment names the source it is "
        + "from", e.problems().get(0).toString());
    // A quote left open after a cell with a line break: the line it opens on, not the end of the file.
    QdaFileException open = assertThrows(QdaFileException.class, () -> read("source,quote,code\nA,\"two\nlines\","
        + "\"never closed\nand on\n", "{}"));
    assertEquals(3, open.problems().get(0).line(), open.problems().toString());
    assertEquals("row 2", open.problems().get(0).path());
  }

  @Test
  void anUnclosedQuoteAndTextAfterAClosingQuoteAreRefused() {
    QdaFileException open = assertThrows(QdaFileException.class, () -> read("source,quote,code\nA,\"never closed,x\n",
        "{}"));
    assertTrue(open.problems().get(0).message().contains("never closed"), open.problems().toString());
    assertEquals(2, open.problems().get(0).line());
    QdaFileException after = assertThrows(QdaFileException.class, () -> read("source,quote,code\nA,\"q\"x,c\n",
        "{}"));
    assertTrue(after.problems().get(0).message().contains("after the closing quote"), after.problems().toString());
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedWithTheirLine() {
    byte[] latin1 = "source,quote,code\nA,caf\u00e9,x\n".getBytes(StandardCharsets.ISO_8859_1);
    QdaFileException e = assertThrows(QdaFileException.class, () -> CsvSegments.read(latin1, "segments.csv",
        ImportMap.empty("map.yaml")));
    assertEquals(2, e.problems().get(0).line());
    assertTrue(e.problems().get(0).message().contains("CSV UTF-8"));
  }
}
