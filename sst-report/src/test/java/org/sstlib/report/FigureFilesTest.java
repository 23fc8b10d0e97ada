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
