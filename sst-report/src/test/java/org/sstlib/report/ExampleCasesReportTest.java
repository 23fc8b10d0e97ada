package org.sstlib.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Case;
import org.sstlib.core.Cycle;
import org.sstlib.core.Evidence;
import org.sstlib.core.Structure;
import org.sstlib.core.casefile.CaseFiles;

/** The report of every example case on one page. */
class ExampleCasesReportTest {
  static List<Case> examples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("../examples/cases"))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().map(CaseFiles::read)
          .toList();
    }
  }

  @Test
  void everyExampleOnOnePageWithEveryIdEveryLinkResolvedAndNoIdTwice() throws IOException {
    List<Case> cases = examples();
    assertTrue(cases.size() >= 2, "example cases: " + cases.size());
    String page = Report.html(cases, ReportOptions.defaults());
    Files.writeString(ReportTest.output().resolve("examples.html"), page);
    for (Case c : cases) {
      for (Cycle cycle : c.cycles()) {
        assertTrue(page.contains("id=\"" + c.id() + "--cycle--" + cycle.id() + "\""), c.id() + " " + cycle.id());
      }
      for (Structure s : c.structures()) {
        assertTrue(page.contains("id=\"" + c.id() + "--element--" + s.id() + "\""), c.id() + " " + s.id());
      }
      for (Evidence e : c.evidence()) {
        assertTrue(page.contains("id=\"" + c.id() + "--evidence--" + e.id() + "\""), c.id() + " " + e.id());
      }
    }
    assertEquals(List.of(), ReportTest.brokenLinks(page));
    Set<String> seen = new HashSet<>();
    List<String> twice = new ArrayList<>();
    Matcher id = Pattern.compile(" id=\"([^\"]*)\"").matcher(page);
    while (id.find()) {
      if (!seen.add(id.group(1))) {
        twice.add(id.group(1));
      }
    }
    assertEquals(List.of(), twice, "ids used twice");
  }
}
