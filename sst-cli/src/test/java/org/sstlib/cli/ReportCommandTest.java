package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sst report}: the page it writes, and what it refuses. */
class ReportCommandTest {
  private static final Path REFERENCE_CASE = Path.of("..", "examples", "cases", "hughes-2022.yaml");

  @TempDir Path dir;

  private long filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }

  @Test
  void writesOnePageOfTheReferenceCase() throws IOException {
    Path page = dir.resolve("hughes-2022.html");
    SstRun run = SstRun.sst("report", REFERENCE_CASE.toString(), "-o", page.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("report of 1 case written (hughes-2022)"), run.err());
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("id=\"hughes-2022--cycle--fall-morning\""));
    assertEquals(1, filesIn(dir), "the page alone, no temporary file left");
  }

  @Test
  void everyExampleLoadedIntoOneStoreGivesOnePageWithACaseIndex() throws IOException {
    Path store = dir.resolve("store");
    java.util.List<String> load = new java.util.ArrayList<>(java.util.List.of("load", "--store", store.toString()));
    try (Stream<Path> cases = Files.walk(REFERENCE_CASE.getParent())) {
      cases.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(p -> load.add(p.toString()));
    }
    assertEquals(9, load.size() - 3, "the nine example cases, after load --store DIR");
    SstRun loaded = SstRun.sst(load.toArray(String[]::new));
    assertEquals(0, loaded.exitCode(), loaded.err());
    Path page = dir.resolve("all.html");
    SstRun run = SstRun.sst("report", "--store", store.toString(), "-o", page.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("report of 9 cases written"), run.err());
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertTrue(html.contains("<nav class=\"sst-index\""));
    for (String id : java.util.List.of("hughes-2022", "city-teams")) {
      assertTrue(html.contains("href=\"#" + id + "--case--title\""), id);
    }
  }

  @Test
  void theChainRunsBetweenTheEndsGiven() throws IOException {
    Path page = dir.resolve("chain.html");
    SstRun run = SstRun.sst("report", REFERENCE_CASE.toString(), "--case", "hughes-2022", "--from",
        "admission-avoidance-policy", "--to", "alf-at-home", "-o", page.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.readString(page).contains("id=\"hughes-2022--chain--admission-avoidance-policy\""),
        "the start's box in the chain figure");
  }

  @Test
  void anUnknownEndIsALocatedErrorWithADidYouMeanAndNothingIsWritten() throws IOException {
    Path page = dir.resolve("report.html");
    SstRun run = SstRun.sst("report", REFERENCE_CASE.toString(), "--from", "admission-avoidance-polcy", "--to",
        "alf-at-home", "-o", page.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains("did you mean 'admission-avoidance-policy'"), run.err());
    assertFalse(Files.exists(page));
  }

  @Test
  void anInvalidCaseWritesNothing() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, Files.readString(REFERENCE_CASE).replace("agentInFocus: alf\n", "agentInFocus: alfie\n"));
    Path page = dir.resolve("report.html");
    SstRun run = SstRun.sst("report", bad.toString(), "-o", page.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains("bad.yaml") && run.err().contains("alfie"), run.err());
    assertTrue(run.err().contains("nothing written"), run.err());
    assertFalse(Files.exists(page));
  }

  @Test
  void anUnknownCaseAndAMissingSourceAreRefused() throws IOException {
    Path page = dir.resolve("report.html");
    SstRun unknown = SstRun.sst("report", REFERENCE_CASE.toString(), "--case", "nope", "-o", page.toString());
    assertEquals(1, unknown.exitCode());
    assertTrue(unknown.err().contains("holds no case 'nope'"), unknown.err());
    SstRun none = SstRun.sst("report", "-o", page.toString());
    assertEquals(2, none.exitCode());
    assertTrue(none.err().contains("expected FILE..."), none.err());
    SstRun half = SstRun.sst("report", REFERENCE_CASE.toString(), "--from", "x", "-o", page.toString());
    assertEquals(2, half.exitCode());
    assertFalse(Files.exists(page));
  }

  @Test
  void writesEachFigureAloneAsSvgAndAsPng() throws IOException {
    for (String figure : new String[] {"field", "chain", "cycle:icm-meeting"}) {
      Path svg = dir.resolve("figure.svg");
      SstRun run = SstRun.sst("report", REFERENCE_CASE.toString(), "--figure", figure, "-f", "svg", "-o",
          svg.toString());
      assertEquals(0, run.exitCode(), run.err());
      assertTrue(run.err().contains("figure " + figure + " of hughes-2022 written (SVG)"), run.err());
      String text = Files.readString(svg, StandardCharsets.UTF_8);
      assertTrue(text.startsWith("<?xml") && text.contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
          && !text.contains("<html"), figure);
      Path png = dir.resolve("figure.png");
      SstRun drawn = SstRun.sst("report", REFERENCE_CASE.toString(), "--figure", figure, "-f", "png", "-o",
          png.toString());
      assertEquals(0, drawn.exitCode(), drawn.err());
      byte[] bytes = Files.readAllBytes(png);
      assertTrue(bytes.length > 1000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', figure);
      assertEquals(2, filesIn(dir), "the two figures alone, no temporary file left");
      Files.delete(svg);
      Files.delete(png);
    }
  }

  @Test
  void theSameFigureTwiceIsTheSameBytesAndSvgIsTheDefault() throws IOException {
    Path a = dir.resolve("a.svg");
    Path b = dir.resolve("b.svg");
    assertEquals(0, SstRun.sst("report", REFERENCE_CASE.toString(), "--figure", "field", "-o", a.toString())
        .exitCode());
    assertEquals(0, SstRun.sst("report", REFERENCE_CASE.toString(), "--figure", "field", "-f", "svg", "-o",
        b.toString()).exitCode());
    assertEquals(Files.readString(a), Files.readString(b));
  }

  @Test
  void badFiguresAreRefusedAndNothingIsWritten() throws IOException {
    Path out = dir.resolve("figure.svg");
    SstRun name = SstRun.sst("report", REFERENCE_CASE.toString(), "--figure", "feild", "-o", out.toString());
    assertEquals(2, name.exitCode(), name.err());
    assertTrue(name.err().contains("no figure 'feild'") && name.err().contains("did you mean 'field'"), name.err());
    SstRun cycle = SstRun.sst("report", REFERENCE_CASE.toString(), "--figure", "cycle:icm-meting", "-o",
        out.toString());
    assertEquals(1, cycle.exitCode(), cycle.err());
    assertTrue(cycle.err().contains("did you mean 'icm-meeting'") && cycle.err().contains("nothing written"),
        cycle.err());
    SstRun format = SstRun.sst("report", REFERENCE_CASE.toString(), "--figure", "field", "-f", "pdf", "-o",
        out.toString());
    assertEquals(2, format.exitCode(), format.err());
    assertTrue(format.err().contains("no format 'pdf'; give svg or png"), format.err());
    SstRun alone = SstRun.sst("report", REFERENCE_CASE.toString(), "-f", "png", "-o", out.toString());
    assertEquals(2, alone.exitCode(), alone.err());
    Path other = REFERENCE_CASE.resolveSibling("welsh-lessons.yaml");
    SstRun several = SstRun.sst("report", REFERENCE_CASE.toString(), other.toString(), "--figure", "field", "-o",
        out.toString());
    assertEquals(1, several.exitCode(), several.err());
    assertTrue(several.err().contains("give --case ID; nothing written"), several.err());
    SstRun chosen = SstRun.sst("report", REFERENCE_CASE.toString(), other.toString(), "--case", "hughes-2022",
        "--figure", "field", "-o", out.toString());
    assertEquals(0, chosen.exitCode(), chosen.err());
    Files.delete(out);
    assertEquals(0, filesIn(dir), "nothing written by a refusal");
  }

  @Test
  void theOrientationTurnsTheFigureAndAutoTurnsTheReferenceFieldToPortrait() throws IOException {
    java.util.Map<String, String> written = new java.util.LinkedHashMap<>();
    for (String way : new String[] {"auto", "landscape", "portrait"}) {
      Path out = dir.resolve(way + ".svg");
      SstRun run = SstRun.sst("report", REFERENCE_CASE.toString(), "--figure", "field", "--orientation", way, "-o",
          out.toString());
      assertEquals(0, run.exitCode(), run.err());
      written.put(way, Files.readString(out, StandardCharsets.UTF_8));
    }
    assertEquals(written.get("portrait"), written.get("auto"), "the reference field prints too small in landscape");
    assertFalse(written.get("landscape").equals(written.get("portrait")));
    assertTrue(written.get("portrait").contains("sst-band-column"), "the bands are columns");
    Path plain = dir.resolve("plain.svg");
    assertEquals(0, SstRun.sst("report", REFERENCE_CASE.toString(), "--figure", "field", "-o", plain.toString())
        .exitCode());
    assertEquals(written.get("auto"), Files.readString(plain, StandardCharsets.UTF_8), "auto is the default");
  }

  @Test
  void aBadOrientationAndAnOrientationWithoutAFigureAreRefused() throws IOException {
    Path out = dir.resolve("figure.svg");
    SstRun bad = SstRun.sst("report", REFERENCE_CASE.toString(), "--figure", "field", "--orientation", "portait",
        "-o", out.toString());
    assertEquals(2, bad.exitCode(), bad.err());
    assertTrue(bad.err().contains("no orientation 'portait'; give auto, landscape or portrait")
        && bad.err().contains("did you mean 'portrait'"), bad.err());
    SstRun alone = SstRun.sst("report", REFERENCE_CASE.toString(), "--orientation", "portrait", "-o",
        out.toString());
    assertEquals(2, alone.exitCode(), alone.err());
    assertTrue(alone.err().contains("--orientation is for a figure"), alone.err());
    assertEquals(0, filesIn(dir), "nothing written by a refusal");
  }
}
