package org.sstlib.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Case;
import org.sstlib.core.Change;
import org.sstlib.core.Cycle;
import org.sstlib.core.Degree;
import org.sstlib.core.Lacking;
import org.sstlib.core.OntologyLevel;
import org.sstlib.core.Problem;
import org.sstlib.core.RelationType;
import org.sstlib.core.casefile.CaseFileException;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.casefile.CaseFormat;
import org.sstlib.core.chain.StepKind;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.query.BearingStructure;
import org.sstlib.rdf.query.ChainRoute;
import org.sstlib.rdf.query.ForceRow;
import org.sstlib.rdf.query.Interpretation;
import org.sstlib.rdf.query.Network;
import org.sstlib.rdf.query.NetworkRelation;
import org.sstlib.rdf.query.SstQueries;
import org.sstlib.rdf.shacl.SstShapes;
import org.sstlib.rdf.store.SstStore;

/**
 * A case from outside health care ({@code branch-library.yaml}, invented for the tests): a library service meets a
 * savings target by handing a branch's evenings to volunteers. It uses what issue 14 added, each asked through the
 * named queries: who acts for a collective, one disposition two collectives hold, a typed network of
 * position-practices, an irresistible force with what resisting would have cost and what was lacking, and
 * position-practices created and reproduced as outcomes.
 */
class OtherFieldCaseTest {
  private static final Path FILE = Path.of("src/test/resources/org/sstlib/examples/branch-library.yaml");

  private static String text;
  private static Case library;
  private static SstStore store;
  private static SstQueries queries;

  @BeforeAll
  static void load() throws IOException {
    text = Files.readString(FILE, StandardCharsets.UTF_8);
    library = CaseFiles.read(FILE);
    store = SstStore.memory();
    store.put(library);
    queries = SstQueries.on(store);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void theCaseIsValidForTheCheckerAndTheShapes() {
    assertEquals(OntologyLevel.MESO, library.level());
    assertTrue(SstShapes.validate(CaseGraphs.toGraph(library)).conforms(),
        SstShapes.validate(CaseGraphs.toGraph(library)).toString());
  }

  @Test
  void membersActForTheirCollective() {
    ActiveAgency recruit = cycle(library, "plan-savings").agency().stream()
        .filter(a -> a.id().equals("recruit-friends")).findFirst().orElseThrow();
    assertEquals(List.of("branch-librarian", "service-manager"), recruit.by().stream().sorted().toList());
    ActiveAgency search = cycle(library, "job-search").agency().get(0);
    assertEquals(List.of("reader"), search.by());
  }

  @Test
  void theSharedDispositionIsReportedOnceWithBothHolders() {
    List<Interpretation> readings = queries.interpretations("statutory-duty");
    assertEquals(1, readings.size(), readings.toString());
    assertEquals("open-to-all", readings.get(0).structure());
    assertEquals(List.of("friends-group", "library-service"), readings.get(0).holders());
  }

  @Test
  void theSavingsTargetIsAnIrresistibleForceTheServiceLackedThePowerToResist() {
    List<ForceRow> forces = queries.forces();
    assertEquals(1, forces.size(), forces.toString());
    ForceRow target = forces.get(0);
    assertEquals(List.of("plan-savings", "savings-target"), List.of(target.cycle(), target.element()));
    assertEquals(List.of("every branch open with paid staff"), target.sacrifices());
    assertEquals(List.of(Lacking.POWER), target.lacking());
    assertTrue(target.concerns().contains("every branch open with paid staff"), target.concerns().toString());
  }

  @Test
  void theReadersNetworkIsTypedAndTheSavingsProgrammeIsCountedInIt() {
    Network network = queries.network("reader-at-branch", 2);
    Map<String, NetworkRelation> toReader = network.relations().stream()
        .filter(r -> r.to().equals("reader-at-branch"))
        .collect(Collectors.toMap(NetworkRelation::from, r -> r));
    assertEquals(Set.of("branch-work", "volunteering"), toReader.keySet());
    assertEquals(RelationType.SUPPORTS, toReader.get("volunteering").type());
    assertEquals(Optional.of(Degree.LOW), toReader.get("volunteering").strength());
    assertEquals(Optional.of(Degree.MEDIUM), toReader.get("volunteering").trust());
    assertEquals(List.of("volunteer-lead"), toReader.get("volunteering").fromOccupants());
    // Two hops away: the manager manages the branch; the council's funding is three hops away and left out.
    assertTrue(network.relations().stream().anyMatch(r -> r.type() == RelationType.MANAGES && r.distance() == 1));
    assertTrue(network.relations().stream().noneMatch(r -> r.type() == RelationType.FUNDS), network.toString());
    // The savings programme's structures among what bears on the reader's position-practice.
    List<BearingStructure> onReader = network.bearing().stream()
        .filter(b -> b.positionPractice().equals("reader-at-branch")).toList();
    assertEquals(List.of("paid-hours"), onReader.stream().filter(b -> b.hasCodeOf("lib"))
        .map(BearingStructure::structure).toList());
    assertEquals(4, onReader.size(), onReader.toString());
  }

  @Test
  void positionPracticesAreCreatedAndReproducedAndAChainEndsAtOne() {
    // The duty conditions the recruiting of the friends group, which creates the volunteers' position-practice.
    ChainRoute created = queries.chain("statutory-duty", "volunteering").get(0);
    assertEquals(List.of("statutory-duty", "recruit-friends", "volunteering"), created.ids());
    assertEquals(Optional.of(Change.CREATED), last(created).change());
    List<ChainRoute> toReader = queries.chain("savings-target", "reader-at-branch");
    assertTrue(toReader.stream().anyMatch(r -> last(r).kind() == StepKind.PRODUCES
        && last(r).change().equals(Optional.of(Change.REPRODUCED))), toReader.toString());
    assertTrue(toReader.stream().anyMatch(r -> last(r).kind() == StepKind.ENACTED_IN), toReader.toString());
  }

  private static Cycle cycle(Case c, String id) {
    return c.cycles().stream().filter(y -> y.id().equals(id)).findFirst().orElseThrow();
  }

  private static org.sstlib.core.chain.ChainStep last(ChainRoute r) {
    return r.path().steps().get(r.path().length() - 1);
  }

  static Stream<Arguments> breakages() {
    return Stream.of(
        // what, from, to, expected path, expected words in the message
        Arguments.of("an actor who is neither the agent-in-focus nor a member",
            "by: [service-manager, branch-librarian]", "by: [service-manager, volunteer-lead]",
            "cycles[0].agency[1].by[1]", "volunteer-lead"),
        Arguments.of("an unknown relation type", "type: manages, strength: high", "type: manage, strength: high",
            "positionPractices[1].relations[1].type", "manages"),
        Arguments.of("a position-practice outcome that is an event",
            "{ref: reader-at-branch, change: reproduced", "{ref: reader-at-branch, change: event",
            "cycles[2].outcomes[0].change", "not an event"),
        Arguments.of("lacking outside its list", "lacking: [power]", "lacking: [money]",
            "cycles[0].external[0].lacking[0]", "critical-distance"),
        Arguments.of("a strength outside its list", "strength: low, trust: medium", "strength: weak, trust: medium",
            "positionPractices[3].relations[0].strength", "low"),
        Arguments.of("a member drawing on its collective's disposition without drawsOn",
            "    agentInFocus: friends-group\n", "    agentInFocus: volunteer-lead\n",
            "cycles[1].internal[0]", "drawsOn"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakages")
  void eachBreakageIsALocatedError(String what, String from, String to, String path, String words) {
    assertTrue(text.contains(from), "the case no longer contains: " + from);
    String broken = text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
    CaseFileException e = assertThrows(CaseFileException.class,
        () -> CaseFiles.read(broken, CaseFormat.YAML, "branch-library.yaml"), what);
    assertFalse(e.problems().isEmpty());
    boolean found = false;
    for (Problem p : e.problems()) {
      assertTrue(p.line() > 0 && p.column() > 0, what + ": not located: " + p);
      if (p.path().contains(path) && p.message().contains(words)) {
        found = true;
      }
    }
    assertTrue(found, what + ": expected a problem at '" + path + "' saying '" + words + "', got:\n"
        + e.getMessage());
  }

  @Test
  void withDrawsOnAMemberMayDrawOnItsCollectivesDisposition() {
    String member = text.replace("    agentInFocus: friends-group\n",
        "    agentInFocus: volunteer-lead\n    drawsOn: [friends-group]\n");
    Case c = CaseFiles.read(member, CaseFormat.YAML, "branch-library.yaml");
    assertEquals(List.of("friends-group"), cycle(c, "evening-opening").drawsOn());
  }
}
