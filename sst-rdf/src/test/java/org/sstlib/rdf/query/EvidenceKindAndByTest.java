package org.sstlib.rdf.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Analyst;
import org.sstlib.core.Case;
import org.sstlib.core.Evidence;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.testing.RandomCases;
import org.sstlib.rdf.store.SstStore;

/**
 * What the {@code evidence} query says of each item beyond its text: its kind, and who made it (the analyst it
 * names, or else the case's analysts), on the ward's handover ({@link ClinicCase}) with and without kinds, and on
 * random cases against the case model (the message names the seed).
 */
class EvidenceKindAndByTest {

  @Test
  void itemsOfMixedKindsSayTheirKindAndTheCasesAnalystsMadeThem() {
    try (SstStore store = SstStore.memory()) {
      store.put(ClinicCase.build());
      SstQueries queries = SstQueries.on(store);
      List<EvidenceItem> rota = queries.evidence("rota");
      assertEquals(List.of("e1", "e4"), rota.stream().map(EvidenceItem::evidence).toList());
      assertEquals(List.of("rota", "review/rota"), rota.stream().map(EvidenceItem::claim).toList());
      assertEquals(List.of(Optional.of(EvidenceKind.PARTICIPANT), Optional.of(EvidenceKind.ANALYST)),
          rota.stream().map(EvidenceItem::kind).toList());
      // Neither names an analyst: both are the case's analysts', in the case's order.
      assertEquals(List.of(List.of("ana", "ben"), List.of("ana", "ben")),
          rota.stream().map(EvidenceItem::by).toList());
      assertEquals(Optional.of(EvidenceKind.DOCUMENT), queries.evidence("target").stream()
          .filter(e -> e.evidence().equals("e6")).findFirst().orElseThrow().kind());
      assertEquals(Optional.empty(), queries.evidence("manager").get(0).kind());
    }
  }

  @Test
  void anItemThatNamesItsAnalystIsThatAnalystsOnly() {
    try (SstStore store = SstStore.memory()) {
      store.put(ClinicCase.build());
      List<EvidenceItem> late = SstQueries.on(store).evidence("handover-late");
      assertEquals(1, late.size());
      assertEquals("e3", late.get(0).evidence());
      assertEquals(Optional.of(EvidenceKind.FIELDNOTE), late.get(0).kind());
      assertEquals(List.of("ben"), late.get(0).by());
    }
  }

  @Test
  void theRawFormHasTheKindsCodeAndTheAnalystsSeparatedBySpaces() {
    try (SstStore store = SstStore.memory()) {
      store.put(ClinicCase.build());
      QueryTable table = SstQueries.on(store).run("evidence", Map.of("element", "handover"));
      assertEquals(List.of("case", "element", "claim", "evidence", "source", "kind", "quote", "note", "locator",
          "speakerRole", "by"), table.columns());
      // handover: e1's role claim about the nurse is not about the cycle; e3's claim about the cycle itself is.
      assertEquals(List.of("e3"), table.column("evidence"));
      assertEquals(List.of("fieldnote"), table.column("kind"));
      assertEquals(List.of("ben"), table.column("by"));
      QueryTable manager = SstQueries.on(store).run("evidence", Map.of("element", "manager"));
      assertEquals(List.of(""), manager.column("kind"));
      assertEquals(List.of("ana ben"), manager.column("by"));
      assertEquals(List.of("notes"), manager.column("source"));
    }
  }

  @Test
  void aCaseWithoutKindsGivesNoKindAndStillSaysWhoMadeEachItem() {
    try (SstStore store = SstStore.memory()) {
      store.put(ClinicCase.build(false));
      SstQueries queries = SstQueries.on(store);
      for (String element : List.of("rota", "target", "handover-late", "manager", "ward-knowledge")) {
        for (EvidenceItem item : queries.evidence(element)) {
          assertEquals(Optional.empty(), item.kind(), item.toString());
          assertEquals(item.evidence().equals("e3") ? List.of("ben") : List.of("ana", "ben"), item.by(),
              item.toString());
        }
      }
      assertEquals(List.of(""), queries.run("evidence", Map.of("element", "handover-late")).column("kind"));
    }
  }

  @Test
  void aCaseWithNoAnalystGivesAnItemThatNamesNoneNoMaker() {
    Case ward = ClinicCase.build();
    Case.Builder builder = Case.builder("no-analysts", ward.title());
    // The same case without analysts, and without the one item that names an analyst.
    builder.base(ward.base()).source(ward.sources().toArray(new org.sstlib.core.Source[0]))
        .agent(ward.agents().toArray(new org.sstlib.core.Agent[0]))
        .structure(ward.structures().toArray(new org.sstlib.core.Structure[0]))
        .event(ward.events().toArray(new org.sstlib.core.Event[0]))
        .cycle(ward.cycles().toArray(new org.sstlib.core.Cycle[0]))
        .evidence(ward.evidence().stream().filter(e -> e.by().isEmpty()).toArray(Evidence[]::new));
    try (SstStore store = SstStore.memory()) {
      store.put(builder.build());
      List<EvidenceItem> rota = SstQueries.on(store).evidence("rota");
      assertEquals(2, rota.size());
      assertTrue(rota.stream().allMatch(e -> e.by().isEmpty()), rota.toString());
    }
  }

  @Test
  void kindAndMakerEqualTheCaseModelOnFiftySeeds() {
    int items = 0;
    int ownAnalyst = 0;
    int withKind = 0;
    for (long seed = 0; seed < 50; seed++) {
      Case c = RandomCases.generate(seed);
      List<String> analysts = c.analysts().stream().map(Analyst::id).toList();
      try (SstStore store = SstStore.memory()) {
        store.put(c);
        SstQueries queries = SstQueries.on(store);
        for (Evidence e : c.evidence()) {
          if (e.supports().isEmpty()) {
            continue;
          }
          String claim = e.supports().get(0);
          EvidenceItem item = queries.evidence(claim).stream()
              .filter(i -> i.evidence().equals(e.id()) && i.claim().equals(claim))
              .findFirst().orElseThrow(() -> new AssertionError("seed=" + e.id() + " " + claim + ": no such item"));
          String at = "seed=" + seed + " " + e.id();
          assertEquals(e.kind(), item.kind(), at);
          assertEquals(e.by().map(List::of).orElse(analysts), item.by(), at);
          assertEquals(e.source(), item.source(), at);
          items++;
          ownAnalyst += e.by().isPresent() ? 1 : 0;
          withKind += e.kind().isPresent() ? 1 : 0;
        }
      }
    }
    assertTrue(items > 50 && ownAnalyst > 5 && withKind > 20 && withKind < items,
        "items " + items + ", naming their analyst " + ownAnalyst + ", with a kind " + withKind);
  }
}
