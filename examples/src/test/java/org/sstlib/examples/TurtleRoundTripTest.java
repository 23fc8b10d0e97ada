package org.sstlib.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.Case;
import org.sstlib.core.testing.ReferenceCase;
import org.sstlib.examples.TurtleRoundTrip.Comparison;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.io.RdfFiles;

/** {@link TurtleRoundTrip}: each of its three checks passes on a faithful file and fails on its own kind of change. */
class TurtleRoundTripTest {
  @TempDir Path dir;

  @Test
  void theReferenceCaseComesBackWhole() throws Exception {
    Case hughes = ReferenceCase.read();
    Path file = TurtleRoundTrip.write(hughes, dir);
    assertEquals(dir.resolve("hughes-2022.ttl"), file);
    assertEquals(new Comparison(CaseGraphs.toGraph(hughes).size(), true, true, true),
        TurtleRoundTrip.compare(hughes, file));
  }

  @Test
  void aCaseBuiltInJavaComesBackWhole() throws Exception {
    Case visits = HomeVisitChain.build();
    assertEquals(new Comparison(CaseGraphs.toGraph(visits).size(), true, true, true),
        TurtleRoundTrip.compare(visits, TurtleRoundTrip.write(visits, dir.resolve("new-folder"))));
  }

  @Test
  void aCaseWithAnotherTitleFailsEveryCheck() throws Exception {
    Case visits = HomeVisitChain.build();
    Path file = TurtleRoundTrip.write(visits, dir);
    Case retitled = Case.builder(visits.id(), visits.title() + " (revised)", visits).build();
    Comparison other = TurtleRoundTrip.compare(retitled, file);
    assertEquals(new Comparison(CaseGraphs.toGraph(visits).size(), false, false, false), other);
  }

  @Test
  void aCommentAddedToTheFileChangesOnlyTheBytes() throws Exception {
    Case visits = HomeVisitChain.build();
    Path file = TurtleRoundTrip.write(visits, dir);
    Files.writeString(file, "# checked by hand\n" + Files.readString(file, StandardCharsets.UTF_8),
        StandardCharsets.UTF_8);
    Comparison commented = TurtleRoundTrip.compare(visits, file);
    assertTrue(commented.isomorphic() && commented.equal(), commented.toString());
    assertEquals(false, commented.sameBytes());
  }

  @Test
  void mainWritesTheFileAndSaysWhatItFound() throws Exception {
    Path out = dir.resolve("out");
    List<String> lines = StandardOut.of(() -> TurtleRoundTrip.main(ReferenceCase.FILE.toString(), out.toString()))
        .lines().toList();
    Path file = out.resolve("hughes-2022.ttl");
    assertEquals(List.of(
        "wrote " + file + " (" + Files.size(file) + " bytes)",
        "read back: " + CaseGraphs.toGraph(ReferenceCase.read()).size() + " triples; isomorphic to the case's graph: "
            + "true; the same case: true; written again, the same bytes: true",
        "a case with one more event: isomorphic: false; the same case: false"), lines);
    assertEquals(List.of(ReferenceCase.read()), RdfFiles.read(file));
  }
}
