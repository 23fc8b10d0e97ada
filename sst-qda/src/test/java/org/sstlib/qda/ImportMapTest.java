package org.sstlib.qda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.Problem;
import org.sstlib.core.SourceType;

/** The map file: the form the issue gives, the keys added, and every mistake located by line, column and key. */
class ImportMapTest {

  private static final String ISSUE_FORM = """
      codes:                                  # a code's name path or its GUID
        "Access/Own doctor": patient-access-view
        "Conditions/Eyesight": patient-writes/patient-eyesight
      ignore: ["Admin"]
      sourceTypes: {"Interview 3.txt": interview}
      """;

  @Test
  void readsTheFormOfTheIssue() {
    ImportMap map = ImportMap.parse(ISSUE_FORM, "map.yaml");
    assertEquals(ImmutableList.of("patient-access-view"), map.codes().get("Access/Own doctor"));
    assertEquals(ImmutableList.of("patient-writes/patient-eyesight"), map.codes().get("Conditions/Eyesight"));
    assertEquals(new ImportMap.Location(3, 3), map.codeLocations().get("Conditions/Eyesight"));
    assertEquals(SourceType.INTERVIEW, map.sourceTypes().get("Interview 3.txt"));
    assertEquals(SourceType.INTERVIEW, map.defaultSourceType());
    assertEquals(ImportMap.DEFAULT_TEXTS, map.texts());
    assertTrue(map.ignores("Admin"));
    assertTrue(map.ignores("Admin/Scheduling"));
    assertTrue(!map.ignores("Administration"));
  }

  @Test
  void readsTheKeysForSpreadsheetsAndSources() {
    ImportMap map = ImportMap.parse("""
        codes:
          Access: [patient-access-view, alf-daily-life/wall-phone]
          3F2504E0-4F89-11D3-9A0C-0305E82C3301: glasses
        defaultSourceType: fieldnotes
        kinds: {"Ward notes.txt": composite}
        sourceIds: {"Interview 3.txt": int-03}
        analysts: {"Rosa Hall": rh}
        texts: transcripts/imported
        preset: taguette
        columns: {coder: Coded by, locator: [Begin, End]}
        codeSeparator: "\\\\"
        """, "map.yaml");
    assertEquals(ImmutableList.of("patient-access-view", "alf-daily-life/wall-phone"), map.codes().get("Access"));
    assertEquals(Optional.of(ImmutableList.of("glasses")),
        map.target("Conditions/Eyes", Optional.of("3F2504E0-4F89-11D3-9A0C-0305E82C3301")));
    assertEquals(Optional.of(ImmutableList.of("glasses")),
        map.target("Conditions/Eyes", Optional.of("3f2504e0-4f89-11d3-9a0c-0305e82c3301")));
    assertEquals(Optional.empty(), map.target("Conditions/Eyes", Optional.empty()));
    assertEquals(SourceType.FIELDNOTES, map.defaultSourceType());
    assertEquals(EvidenceKind.COMPOSITE, map.kinds().get("Ward notes.txt"));
    assertEquals("int-03", map.sourceIds().get("Interview 3.txt"));
    assertEquals("rh", map.analysts().get("Rosa Hall"));
    assertEquals("transcripts/imported", map.texts());
    assertEquals(Optional.of(ImportMap.Preset.TAGUETTE), map.preset());
    assertEquals(ImmutableList.of("Coded by"), map.columns().get(ImportMap.Column.CODER));
    assertEquals(ImmutableList.of("Begin", "End"), map.columns().get(ImportMap.Column.LOCATOR));
    assertEquals("\\", map.codeSeparator());
  }

  @Test
  void everyMistakeIsLocatedByLineColumnAndKey() {
    QdaFileException e = assertThrows(QdaFileException.class, () -> ImportMap.parse("""
        codes:
          Access: "not an id!"
        ignor: [Admin]
        sourceTypes: {"Interview 3.txt": interveiw}
        kinds: {"Notes.txt": quote}
        texts: ../elsewhere
        columns: {speaker: Who}
        """, "map.yaml"));
    List<Problem> p = e.problems();
    assertEquals(6, p.size(), p.toString());
    assertEquals("map.yaml:2:11: codes.Access: 'not an id!' is neither an element id nor cycle/element (a role in a "
        + "cycle), as evidence's supports says", p.get(0).toString());
    assertEquals(3, p.get(1).line());
    assertEquals(1, p.get(1).column());
    assertEquals("ignor", p.get(1).path());
    assertTrue(p.get(1).message().contains("did you mean 'ignore'?"), p.get(1).message());
    assertEquals("sourceTypes.Interview 3.txt", p.get(2).path());
    assertEquals(4, p.get(2).line());
    assertTrue(p.get(2).message().contains("did you mean 'interview'?"), p.get(2).message());
    assertEquals("kinds.Notes.txt", p.get(3).path());
    assertTrue(p.get(3).message().contains("participant, fieldnote, document"), p.get(3).message());
    assertEquals("texts", p.get(4).path());
    assertEquals(6, p.get(4).line());
    assertEquals("columns.speaker", p.get(5).path());
    assertEquals(7, p.get(5).line());
  }

  @Test
  void aDuplicateKeyAndMalformedYamlAreLocated() {
    QdaFileException dup = assertThrows(QdaFileException.class, () -> ImportMap.parse("""
        codes:
          Access: a
          Access: b
        """, "map.yaml"));
    assertEquals(3, dup.problems().get(0).line(), dup.problems().toString());
    assertTrue(dup.problems().get(0).message().startsWith("duplicate key"), dup.problems().toString());
    QdaFileException bad = assertThrows(QdaFileException.class, () -> ImportMap.parse("codes: [a\nignore: b\n",
        "map.yaml"));
    assertTrue(bad.problems().get(0).line() > 0, bad.problems().toString());
    assertTrue(bad.problems().get(0).message().startsWith("the YAML is malformed"), bad.problems().toString());
    QdaFileException notMapping = assertThrows(QdaFileException.class, () -> ImportMap.parse("- a\n", "map.yaml"));
    assertTrue(notMapping.problems().get(0).message().contains("a map file is a mapping"));
  }

  @Test
  void aliasesAreRefusedSoABillionLaughsExpandsNothing() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    QdaFileException e = assertThrows(QdaFileException.class, () -> ImportMap.parse(yaml.toString(), "map.yaml"));
    assertEquals(1, e.problems().size(), e.problems().toString());
    assertEquals("map.yaml:2:10: YAML aliases (*a0) are not supported in map files: write the value out",
        e.problems().get(0).toString());
  }

  @Test
  void anEmptyFileIsAnEmptyMapAndAByteOrderMarkIsSkipped() {
    assertTrue(ImportMap.parse("", "map.yaml").codes().isEmpty());
    assertEquals(1, ImportMap.parse("\uFEFFcodes: {a: b}\n", "map.yaml").codes().size());
  }

  @Test
  void readsKindCodesAndEvidenceIdsAndLocatesTheirMistakes() {
    ImportMap map = ImportMap.parse("""
        kindCodes: {"Evidence kinds/participant": participant, 3F2504E0-4F89-11D3-9A0C-0305E82C3301: author}
        evidenceIds: names
        """, "map.yaml");
    assertEquals(Optional.of(EvidenceKind.PARTICIPANT), map.kindCode("Evidence kinds/participant", Optional.empty()));
    assertEquals(Optional.of(EvidenceKind.AUTHOR), map.kindCode("Kinds/Author",
        Optional.of("3f2504e0-4f89-11d3-9a0c-0305e82c3301")));
    assertEquals(ImportMap.EvidenceIds.NAMES, map.evidenceIds());
    assertEquals(ImportMap.EvidenceIds.DIGESTS, ImportMap.empty("m.yaml").evidenceIds());
    QdaFileException e = assertThrows(QdaFileException.class, () -> ImportMap.parse("""
        kindCodes: {"Kinds/P": participnt}
        evidenceIds: name
        """, "map.yaml"));
    assertEquals(2, e.problems().size(), e.problems().toString());
    assertEquals("map.yaml:1:24: kindCodes.Kinds/P: 'participnt' is not one of participant, fieldnote, document,"
        + " composite, author, analyst; did you mean 'participant'?", e.problems().get(0).toString());
    assertEquals("map.yaml:2:14: evidenceIds: 'name' is not one of digests, names; did you mean 'names'?",
        e.problems().get(1).toString());
  }
}
