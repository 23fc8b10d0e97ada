package org.sstlib.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Case;
import org.sstlib.core.Cycle;
import org.w3c.dom.Document;

class SvgTest {
  static final String HOSTILE = "<script>alert(1)</script> javascript:alert(1) \"'><img src=x onerror=alert(1)>"
      + " \u202Eevil\u200F \u0000\u0007\uFFFE & done";

  @Test
  void theReferenceFieldIsWellFormedXmlWithATitleADescriptionAndALinkPerCycle() throws Exception {
    Figure figure = FieldFigure.of(FieldFigureTest.read2(), FieldFigureTest.field, FieldFigureTest.loops);
    String svg = Svg.write(figure, "hughes-2022--field", "cycle", true);
    Document doc = parse(svg);
    assertEquals("img", doc.getDocumentElement().getAttribute("role"));
    assertTrue(doc.getDocumentElement().getAttribute("viewBox").startsWith("0 0 "));
    assertEquals(1, doc.getElementsByTagName("desc").getLength());
    assertEquals(figure.boxes().size(), doc.getElementsByTagName("rect").getLength());
    // Every box links to its cycle but the bands' stripes, which stand for no element.
    long bands = figure.boxes().stream().filter(b -> b.style().equals(Svg.BAND)).count();
    assertEquals(2, bands, "the reference case has a meso and a micro band");
    assertEquals(figure.boxes().size() - bands, doc.getElementsByTagName("a").getLength());
    for (Cycle c : FieldFigureTest.reference.cycles()) {
      assertTrue(svg.contains("<a href=\"#hughes-2022--cycle--" + c.id() + "\"><g class=\"sst-box")
          && svg.contains("data-cycle=\"" + c.id() + "\" id=\"hughes-2022--field--" + c.id() + "\""), c.id());
    }
    assertTrue(svg.contains("sst-edge-plain"));
    assertFalse(svg.contains("@import") || svg.contains("<image") || svg.contains("url(http"));
  }

  @Test
  void hostileTextIsEscapedAndCharactersXmlRefusesAreReplaced() throws Exception {
    String label = HOSTILE + "x".repeat(10_000);
    Figure.Box box = new Figure.Box("a", "c--field--a", "c--cycle--a", label,
        Markup.wrap(label, Figure.BOX_CHARS, Figure.BOX_LINES), "macro", "sst-scale-macro", 0, 0, 100, 80);
    Figure.Box other = new Figure.Box("b", "c--field--b", "c--cycle--b", "b", ImmutableList.of("b"), "", "", 0,
        200, 100, 80);
    Figure.Line line = new Figure.Line("a", "b", Figure.LineKind.ABSENT, label, ImmutableList.of(HOSTILE),
        ImmutableList.of(new Figure.Point(50, 80), new Figure.Point(50, 200)),
        Optional.of(new Figure.Point(55, 120)));
    Figure figure = new Figure(HOSTILE, HOSTILE, 300, 300, ImmutableList.of(box, other), ImmutableList.of(line));
    String svg = Svg.write(figure, "c--field", "cycle", true);
    parse(svg);
    assertFalse(svg.contains("<script"), svg);
    assertFalse(svg.contains("<img"), svg);
    assertFalse(svg.contains("\u0000") || svg.contains("\u0007") || svg.contains("\uFFFE"));
    assertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(svg.contains("stroke-dasharray=\"8 5\""));
    assertTrue(svg.contains("x".repeat(10_000)), "the full label is in the box's title");
  }

  @Test
  void theSameFigureGivesTheSameBytes() {
    Figure figure = FieldFigure.of(FieldFigureTest.read2(), FieldFigureTest.field, FieldFigureTest.loops);
    assertEquals(Svg.write(figure, "p", "cycle", false), Svg.write(FieldFigure.of(FieldFigureTest.read2(),
        FieldFigureTest.field, FieldFigureTest.loops), "p", "cycle", false));
  }

  @Test
  void everyBoxIsAsWideAsItsTextMeasuredAndThePageNamesTheFontItWasMeasuredIn() {
    Case study = FieldFigureTest.read2();
    List<Figure> figures = new ArrayList<>();
    figures.add(FieldFigure.of(study, FieldFigureTest.field, FieldFigureTest.loops));
    for (Cycle c : study.cycles()) {
      figures.add(CycleFigure.of(study.id(), c, List.of()));
    }
    for (Figure figure : figures) {
      for (Figure.Box box : figure.boxes()) {
        double text = Math.max(TextMetrics.widest(box.text(), Figure.TEXT_SIZE),
            TextMetrics.width(box.note(), Figure.TEXT_SIZE));
        assertTrue(text + 2 * Figure.PADDING <= box.width() + 1e-9, box.id() + ": " + text + " in " + box.width());
      }
    }
    String svg = Svg.write(figures.get(0), "p", "cycle", false);
    assertTrue(svg.contains("font-family=\"Liberation Sans, Arial, Helvetica, sans-serif\" font-size=\"12\""));
    assertTrue(svg.contains("<text"), "the page keeps text");
  }

  @Test
  void aFigureFilesBoxTitleHasTheTextWrittenInItWhenTheLabelDoesNotSayIt() {
    Figure.Box wrapped = new Figure.Box("a", "d", "h", "A long label that is cut short somewhere",
        Markup.wrap("A long label that is cut short somewhere", 10, 2), "", "", 0, 0, 100, 80);
    assertEquals(wrapped.label(), Svg.title(wrapped));
    Figure.Box panel = new Figure.Box("external", "d", "h", "1. External structures",
        ImmutableList.of("- a policy [absent]", "- a rule"), "1. External structures", "", 0, 0, 100, 80);
    assertEquals("1. External structures: - a policy [absent] - a rule", Svg.title(panel));
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
