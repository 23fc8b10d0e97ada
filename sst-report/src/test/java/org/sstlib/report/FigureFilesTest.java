package org.sstlib.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sstlib.core.Case;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class FigureFilesTest {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"field", "chain", "cycle:icm-meeting"})
  void eachFigureIsAStandaloneSvgAtMost170MillimetresWideWithATitleAndADescription(String name) throws Exception {
    Case study = FieldFigureTest.read2();
    String svg = FigureFiles.svg(study, name, ReportOptions.defaults());
    Document doc = parse(svg);
    Element root = doc.getDocumentElement();
    assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
    assertEquals("svg", root.getLocalName());
    assertEquals(0, doc.getElementsByTagName("text").getLength() + doc.getElementsByTagName("tspan").getLength(),
        "no text: it is drawn as glyph outlines");
    assertFalse(svg.contains("font-family"), "no font named");
    assertTrue(root.getAttribute("width").endsWith("mm"), root.getAttribute("width"));
    double width = Double.parseDouble(root.getAttribute("width").replace("mm", ""));
    assertTrue(width > 0 && width <= 170, "width " + width);
    String[] box = root.getAttribute("viewBox").split(" ");
    double height = Double.parseDouble(root.getAttribute("height").replace("mm", ""));
    assertEquals(Double.parseDouble(box[3]) / Double.parseDouble(box[2]), height / width, 0.01, "in proportion");
    assertEquals(1, doc.getElementsByTagName("desc").getLength());
    assertFalse(doc.getElementsByTagName("title").item(0).getTextContent().isBlank());
    assertEquals(0, doc.getElementsByTagName("a").getLength(), "no links to a page that is not there");
    assertEquals(svg, FigureFiles.svg(study, name, ReportOptions.defaults()), "the same bytes twice");
  }

  @ParameterizedTest
  @ValueSource(strings = {"field", "chain", "cycle:icm-meeting"})
  void everyBoxsDrawnTextLiesInsideItsBoxAndSaysWhatItsAriaLabelSays(String name) throws Exception {
    String svg = FigureFiles.svg(FieldFigureTest.read2(), name, ReportOptions.defaults());
    NodeList groups = parse(svg).getElementsByTagName("g");
    int boxes = 0;
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (!g.getAttribute("class").startsWith("sst-box")) {
        continue;
      }
      boxes++;
      Element rect = (Element) g.getElementsByTagName("rect").item(0);
      double left = Double.parseDouble(rect.getAttribute("x"));
      double right = left + Double.parseDouble(rect.getAttribute("width"));
      double top = Double.parseDouble(rect.getAttribute("y"));
      double bottom = top + Double.parseDouble(rect.getAttribute("height"));
      NodeList paths = g.getElementsByTagName("path");
      assertTrue(paths.getLength() > 0, g.getAttribute("id"));
      for (int k = 0; k < paths.getLength(); k++) {
        Element path = (Element) paths.item(k);
        assertFalse(path.getAttribute("aria-label").isBlank(), g.getAttribute("id"));
        for (double[] p : GlyphsTest.points(path.getAttribute("d"))) {
          assertTrue(p[0] > left && p[0] < right && p[1] > top && p[1] < bottom, g.getAttribute("id") + ": '"
              + path.getAttribute("aria-label") + "' at " + p[0] + "," + p[1] + " outside its box");
        }
      }
    }
    assertTrue(boxes >= 4, "boxes " + boxes);
  }

  @Test
  void theSameFigureGivesTheSamePngBytes() {
    String svg = FigureFiles.svg(FieldFigureTest.read2(), "cycle:icm-meeting", ReportOptions.defaults());
    assertArrayEquals(FigureFiles.png(svg, 150), FigureFiles.png(svg, 150));
  }

  @Test
  void theCycleFigureHasFourPanelsAndSaysWhatWasAbsent() throws Exception {
    Case study = FieldFigureTest.read2();
    for (var cycle : study.cycles()) {
      String svg = FigureFiles.svg(study, "cycle:" + cycle.id(), ReportOptions.defaults());
      assertEquals(4, parse(svg).getElementsByTagName("rect").getLength(), cycle.id());
      assertTrue(svg.contains("1. External structures") && svg.contains("4. Outcomes"), cycle.id());
    }
    assertTrue(study.cycles().stream().anyMatch(c -> FigureFiles.svg(study, "cycle:" + c.id(),
        ReportOptions.defaults()).contains("[absent]")), "some entry of the case is absent");
  }

  @Test
  void aPngHasThePngSignatureAndTheSizeOf300DotsAnInch() throws Exception {
    String svg = FigureFiles.svg(FieldFigureTest.read2(), "field", ReportOptions.defaults());
    byte[] png = FigureFiles.png(svg, 300);
    byte[] start = new byte[8];
    System.arraycopy(png, 0, start, 0, 8);
    assertArrayEquals(PNG_SIGNATURE, start);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    double widthMm = Double.parseDouble(parse(svg).getDocumentElement().getAttribute("width").replace("mm", ""));
    assertEquals(widthMm / 25.4 * 300, image.getWidth(), 3, "300 dots an inch");
    assertTrue(image.getHeight() > 100, "height " + image.getHeight());
  }

  /** The size in points a box's 12-pixel text prints at in an SVG file: its millimetres a pixel of the viewBox. */
  static double textPoints(String svg) throws Exception {
    Element root = parse(svg).getDocumentElement();
    double mmPerPx = Double.parseDouble(root.getAttribute("width").replace("mm", ""))
        / Double.parseDouble(root.getAttribute("viewBox").split(" ")[2]);
    return Figure.TEXT_SIZE * mmPerPx / 25.4 * 72;
  }

  @ParameterizedTest
  @ValueSource(strings = {"field", "chain"})
  void autoTurnsTheReferenceFieldAndChainToPortraitSoTheirTextPrintsAtSevenPointsOrMore(String name)
      throws Exception {
    Case study = FieldFigureTest.read2();
    String auto = FigureFiles.svg(study, name, ReportOptions.defaults());
    String portrait = FigureFiles.svg(study, name, ReportOptions.defaults(), FigureFiles.Orientation.PORTRAIT);
    String landscape = FigureFiles.svg(study, name, ReportOptions.defaults(), FigureFiles.Orientation.LANDSCAPE);
    assertEquals(portrait, auto, "auto is portrait");
    assertEquals(auto, FigureFiles.svg(study, name, ReportOptions.defaults(), FigureFiles.Orientation.AUTO));
    assertTrue(textPoints(landscape) < FigureFiles.MIN_TEXT_PT, "landscape prints at " + textPoints(landscape));
    assertTrue(textPoints(auto) >= FigureFiles.MIN_TEXT_PT, "portrait prints at " + textPoints(auto));
    assertTrue(parse(auto).getElementsByTagName("desc").item(0).getTextContent().contains("top to bottom"));
    assertTrue(parse(landscape).getElementsByTagName("desc").item(0).getTextContent().contains("left to right"));
  }

  @Test
  void autoKeepsLandscapeWhereItsTextPrintsAtSevenPointsOrMore() throws Exception {
    Case petch = FieldFigureTest.examples().stream().filter(c -> c.id().equals("petch-2012")).findFirst()
        .orElseThrow();
    String landscape = FigureFiles.svg(petch, "field", ReportOptions.defaults(), FigureFiles.Orientation.LANDSCAPE);
    assertTrue(textPoints(landscape) >= FigureFiles.MIN_TEXT_PT, "prints at " + textPoints(landscape));
    assertEquals(landscape, FigureFiles.svg(petch, "field", ReportOptions.defaults()));
    assertTrue(FigureFiles.svg(petch, "field", ReportOptions.defaults(), FigureFiles.Orientation.PORTRAIT)
        .contains("sst-band-column"), "portrait when asked");
    Case study = FieldFigureTest.read2();
    assertEquals(FigureFiles.svg(study, "cycle:icm-meeting", ReportOptions.defaults()), FigureFiles.svg(study,
        "cycle:icm-meeting", ReportOptions.defaults(), FigureFiles.Orientation.PORTRAIT), "a cycle is not turned");
  }

  @Test
  void textOfTwelvePixelsPrintsAtSevenPointsUpTo826PixelsOfNaturalWidth() {
    // 12 px = 9 pt at natural size; scaled to 170 mm it is 7 pt or more while 170 * 9 / 7 = 218.6 mm >= the width.
    assertEquals(9, FigureFiles.textPoints(figure(600)), 1e-9);
    assertTrue(FigureFiles.textPoints(figure(826)) >= 7, "826 px");
    assertTrue(FigureFiles.textPoints(figure(827)) < 7, "827 px");
  }

  private static Figure figure(double width) {
    return new Figure("t", "d", width, 100, com.google.common.collect.ImmutableList.of(),
        com.google.common.collect.ImmutableList.of());
  }

  @Test
  void unknownNamesAndCyclesAreRefusedWithADidYouMean() {
    Case study = FieldFigureTest.read2();
    IllegalArgumentException name = assertThrows(IllegalArgumentException.class,
        () -> FigureFiles.svg(study, "feild", ReportOptions.defaults()));
    assertTrue(name.getMessage().contains("did you mean 'field'"), name.getMessage());
    IllegalArgumentException cycle = assertThrows(IllegalArgumentException.class,
        () -> FigureFiles.svg(study, "cycle:icm-meting", ReportOptions.defaults()));
    assertTrue(cycle.getMessage().contains("did you mean 'icm-meeting'"), cycle.getMessage());
  }
}
