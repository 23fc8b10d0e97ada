package org.sstlib.core.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.Case;
import org.sstlib.core.Cycle;
import org.sstlib.core.Intended;
import org.sstlib.core.Problem;
import org.sstlib.core.Structure;
import org.sstlib.core.StructureForm;

class CaseFilesTest {

  /** A small valid case; tests change one line of it. */
  static final String GOOD = String.join("\n",
      "sst: \"1\"",
      "id: erp-study",
      "title: ERP and management accounting",
      "agents:",
      "  - {id: controller, label: Financial controller, type: individual, memberOf: [finance]}",
      "  - {id: finance, label: Finance department, type: collective}",
      "structures:",
      "  - {id: erp, label: ERP system, form: technology}",
      "  - {id: report, label: Variance report, form: artefact}",
      "  - {id: know, label: Knows the ledgers, form: other, internalTo: controller, kind: conjuncturally-specific}",
      "cycles:",
      "  - id: close",
      "    label: Month-end close",
      "    site: Finance office",
      "    agentInFocus: controller",
      "    external: [erp]",
      "    internal: [know]",
      "    agency:",
      "      - {id: reconcile, label: Reconciles the ledgers}",
      "    outcomes:",
      "      - {ref: report, intended: no}",
      "");

  private static CaseFileException refused(String text, CaseFormat format) {
    return assertThrows(CaseFileException.class, () -> CaseFiles.read(text, format, "case.yaml"));
  }

  private static Problem only(CaseFileException e) {
    assertEquals(1, e.problems().size(), e.getMessage());
    return e.problems().get(0);
  }

  private static String edit(String from, String to) {
    assertTrue(GOOD.contains(from), from);
    return GOOD.replace(from, to);
  }

  @Test
  void readsAValidCaseAndFillsInDefaults() {
    Case c = CaseFiles.read(GOOD, CaseFormat.YAML, "case.yaml");
    assertEquals("erp-study", c.id());
    assertEquals("urn:sst:case:erp-study:", c.base());
    Cycle close = c.cycles().get(0);
    assertEquals(List.of("know"), close.agency().get(0).drawsOn());
    assertEquals(List.of("erp"), close.agency().get(0).conditionedBy());
    assertEquals(List.of("reconcile"), close.outcomes().get(0).producedBy());
    assertEquals(Intended.NO, close.outcomes().get(0).intended());
  }

  @Test
  void yamlAndJsonOfTheSameCaseReadEqual() {
    Case fromYaml = CaseFiles.read(GOOD, CaseFormat.YAML, "case.yaml");
    String json = CaseFiles.write(fromYaml, CaseFormat.JSON);
    assertEquals(fromYaml, CaseFiles.read(json, CaseFormat.JSON, "case.json"));
    String yaml = CaseFiles.write(fromYaml, CaseFormat.YAML);
    assertEquals(fromYaml, CaseFiles.read(yaml, CaseFormat.YAML, "case.yaml"));
  }

  @Test
  void unquotedYesAndNoAreReadAsWords() {
    String text = edit("label: Variance report", "label: yes")
        .replace("{id: reconcile, label: Reconciles the ledgers}",
            "{id: reconcile, label: no, concerns: [yes, no, on, off, true], horizon: off}");
    Case c = CaseFiles.read(text, CaseFormat.YAML, "case.yaml");
    assertEquals("yes", c.element("report", Structure.class).orElseThrow().label());
    var agency = c.cycles().get(0).agency().get(0);
    assertEquals("no", agency.label());
    assertEquals(List.of("yes", "no", "on", "off", "true"), agency.concerns());
    assertEquals("off", agency.horizon().orElseThrow());
  }

  @Test
  void numbersInTextFieldsKeepTheirDigits() {
    Case c = CaseFiles.read(edit("label: Variance report", "label: 007"), CaseFormat.YAML, "case.yaml");
    assertEquals("007", c.element("report").orElseThrow().label());
  }

  @Test
  void unknownKeyIsLocatedWithDidYouMean() {
    Problem p = only(refused(edit("{id: erp, label: ERP system,", "{id: erp, label: ERP system, lable: x,"),
        CaseFormat.YAML));
    assertEquals(8, p.line());
    assertEquals("structures[0].lable", p.path());
    assertTrue(p.message().contains("did you mean 'label'"), p.message());
  }

  @Test
  void misspeltIdIsLocatedWithDidYouMean() {
    Problem p = only(refused(edit("agentInFocus: controller", "agentInFocus: controler"), CaseFormat.YAML));
    assertEquals(15, p.line());
    assertEquals(19, p.column());
    assertEquals("cycles[0].agentInFocus", p.path());
    assertTrue(p.message().contains("did you mean 'controller'"), p.message());
    // The model's problem keeps the element it is about when the file locates it.
    assertEquals("close", p.elementId());
    assertEquals(Optional.of("case.yaml"), p.file());
    assertTrue(p.toString().startsWith("case.yaml:15:19: cycles[0].agentInFocus: "), p.toString());
  }

  @Test
  void duplicateKeyIsAnError() {
    Problem p = only(refused(edit("    site: Finance office", "    site: Finance office\n    site: Elsewhere"),
        CaseFormat.YAML));
    assertEquals(15, p.line());
    assertEquals("cycles[0].site", p.path());
    assertTrue(p.message().contains("duplicate key 'site'"), p.message());
  }

  @Test
  void duplicateKeyInJsonIsAnError() {
    CaseFileException e = refused("{\"sst\": \"1\", \"id\": \"a\", \"id\": \"b\", \"title\": \"t\"}", CaseFormat.JSON);
    assertTrue(only(e).message().contains("duplicate key 'id'"), e.getMessage());
  }

  @Test
  void wrongTypesAreErrors() {
    CaseFileException e = refused(edit("label: Variance report", "label: [a, b]")
        .replace("memberOf: [finance]", "memberOf: finance"), CaseFormat.YAML);
    List<String> paths = e.problems().stream().map(Problem::path).collect(Collectors.toList());
    assertEquals(List.of("agents[0].memberOf", "structures[1].label"), paths, e.getMessage());
    assertTrue(e.problems().get(0).message().contains("should be a list"), e.getMessage());
  }

  @Test
  void internalStructureWithoutFormIsReadAndWrittenBackEqual() {
    Case c = CaseFiles.read(edit("form: other, internalTo", "internalTo"), CaseFormat.YAML, "case.yaml");
    assertEquals(Optional.empty(), c.element("know", Structure.class).orElseThrow().form());
    for (CaseFormat format : CaseFormat.values()) {
      String written = CaseFiles.write(c, format);
      assertFalse(written.contains("other"), written);
      assertEquals(c, CaseFiles.read(written, format, "case." + format.name().toLowerCase()), format.name());
    }
  }

  @Test
  void internalStructureWithTheVersionOneFormOtherKeepsIt() {
    Case c = CaseFiles.read(GOOD, CaseFormat.YAML, "case.yaml");
    assertEquals(Optional.of(StructureForm.OTHER), c.element("know", Structure.class).orElseThrow().form());
    assertEquals(c, CaseFiles.read(CaseFiles.write(c, CaseFormat.YAML), CaseFormat.YAML, "case.yaml"));
  }

  @Test
  void internalStructureWithAnotherFormIsLocated() {
    Problem p = only(refused(edit("form: other, internalTo", "form: strategy, internalTo"), CaseFormat.YAML));
    assertEquals("structures[2].form", p.path());
    assertEquals(10, p.line());
    assertTrue(p.message().contains("an internal structure is knowledge or a disposition"), p.message());
  }

  @Test
  void structureThatIsNotInternalStillNeedsAForm() {
    Problem p = only(refused(edit("{id: erp, label: ERP system, form: technology}", "{id: erp, label: ERP system}"),
        CaseFormat.YAML));
    assertEquals("structures[0].form", p.path());
    assertEquals(8, p.line());
    assertTrue(p.message().contains("missing required key 'form'"), p.message());
  }

  @Test
  void badCodeListValueSuggestsTheRightOne() {
    Problem p = only(refused(edit("form: technology", "form: tecnology"), CaseFormat.YAML));
    assertEquals("structures[0].form", p.path());
    assertTrue(p.message().contains("did you mean 'technology'"), p.message());
  }

  @Test
  void forceOnAnOutcomeIsAQualifierInTheWrongRole() {
    Problem p = only(refused(edit("{ref: report, intended: no}", "{ref: report, force: irresistible-force}"),
        CaseFormat.YAML));
    assertEquals("cycles[0].outcomes[0].force", p.path());
    assertTrue(p.message().contains("not outcomes"), p.message());
  }

  @Test
  void trailingContentInJsonIsAnError() {
    String json = CaseFiles.write(CaseFiles.read(GOOD, CaseFormat.YAML, "x.yaml"), CaseFormat.JSON);
    Problem p = only(refused(json + "{}", CaseFormat.JSON));
    assertTrue(p.line() > 1, p.toString());
  }

  @Test
  void aSecondYamlDocumentIsAnError() {
    Problem p = only(refused(GOOD + "---\nid: other\n", CaseFormat.YAML));
    assertTrue(p.message().contains("second YAML document"), p.message());
    assertEquals(23, p.line());
  }

  @Test
  void malformedYamlIsLocated() {
    Problem p = only(refused(edit("    site: Finance office", "    site: [Finance office"), CaseFormat.YAML));
    // Located at the '[' that is never closed, with the fix.
    assertEquals(14, p.line(), p.toString());
    assertEquals(11, p.column(), p.toString());
    assertTrue(p.message().startsWith("the '[' opened at line 14, column 11 is not closed"), p.message());
  }

  @Test
  void missingFormatVersionSaysWhichVersionsAreRead() {
    CaseFileException e = refused(edit("sst: \"1\"\n", ""), CaseFormat.YAML);
    Problem p = only(e);
    assertEquals("sst", p.path());
    assertTrue(p.message().contains("reads format versions 1, 2"), p.message());
  }

  @Test
  void unknownFormatVersionSaysWhichVersionsAreRead() {
    // A version above the newest known is refused, where it is written.
    Problem p = only(refused(edit("sst: \"1\"", "sst: \"3\""), CaseFormat.YAML));
    assertEquals(1, p.line());
    assertTrue(p.message().contains("unknown format version '3'"), p.message());
    assertTrue(p.message().contains("reads format versions 1, 2"), p.message());
  }

  @Test
  void everyProblemOfAFileComesOutInOneRun() {
    String text = edit("form: technology", "form: tecnology")
        .replace("{id: report, label: Variance report, form: artefact}", "{id: report, label: Variance report}")
        .replace("agentInFocus: controller", "agentInFocus: nobody")
        .replace("internal: [know]", "internal: [know, erp]")
        .replace("{id: finance,", "{id: controller,")
        .replace("title: ERP", "titel: ERP");
    CaseFileException e = refused(text, CaseFormat.YAML);
    List<String> paths = e.problems().stream().map(Problem::path).collect(Collectors.toList());
    assertEquals(List.of("title", "titel", "agents[0].memberOf[0]", "agents[1].id", "structures[0].form", "structures[1].form",
        "cycles[0].agentInFocus", "cycles[0].internal[1]"), paths, e.getMessage());
    for (Problem p : e.problems()) {
      assertTrue(p.line() > 0 && p.column() > 0, p.toString());
    }
  }

  @Test
  void loneSurrogateIsRefusedWithItsLocation() {
    String json = "{\"sst\": \"1\", \"id\": \"a\",\n \"title\": \"bad \\ud800 text\"}";
    Problem p = only(refused(json, CaseFormat.JSON));
    assertEquals(2, p.line());
    assertEquals("title", p.path());
    assertTrue(p.message().contains("lone surrogate"), p.message());
  }

  @Test
  void controlCharacterIsRefused() {
    Problem p = only(refused(edit("label: Variance report", "label: \"bell\\a\""), CaseFormat.YAML));
    assertEquals("structures[1].label", p.path());
    assertTrue(p.message().contains("U+0007"), p.message());
  }

  @Test
  void textIsKeptExactlyAsWritten() {
    String label = "caf\u00e9 cafe\u0301 \u200f\u05e9\u05dc\u05d5\u05dd \ud83d\ude00 \"q\" \\ <a> {b}\nline";
    Case c = CaseFiles.read(GOOD, CaseFormat.YAML, "x.yaml");
    Case changed = Case.builder(c).build();
    String yaml = CaseFiles.write(changed, CaseFormat.YAML).replace("\"Variance report\"", quoteYaml(label));
    assertEquals(label, CaseFiles.read(yaml, CaseFormat.YAML, "x.yaml").element("report").orElseThrow().label());
  }

  private static String quoteYaml(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  @Test
  void yamlAliasesAreRefused() {
    String text = edit("label: Variance report", "label: &name Variance report")
        .replace("label: ERP system", "label: *name");
    Problem p = only(refused(text, CaseFormat.YAML));
    assertTrue(p.message().contains("aliases"), p.message());
  }

  @Test
  void nestingDeeperThan200LevelsIsRefusedWithoutStackOverflow() {
    for (int depth : new int[] {201, 10_000, 100_000}) {
      String json = "{\"sst\": \"1\", \"x\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
      Problem p = only(refused(json, CaseFormat.JSON));
      assertTrue(p.message().contains("deeper than 200"), depth + ": " + p.message());
      String yaml = "sst: \"1\"\nx: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
      CaseFileException e = refused(yaml, CaseFormat.YAML);
      assertTrue(e.getMessage().contains("200") || e.getMessage().contains("nest"), depth + ": " + e.getMessage());
    }
  }

  @Test
  void nestingOf200LevelsIsReadAsStructure() {
    // 200 levels is within the limit: the file is parsed and then refused for its content, not its depth.
    String json = "{\"sst\": \"1\", \"id\": \"a\", \"title\": \"t\", \"x\": " + "[".repeat(199) + "]".repeat(199) + "}";
    Problem p = only(refused(json, CaseFormat.JSON));
    assertTrue(p.message().contains("unknown key 'x'"), p.message());
  }

  @Test
  void filesOver64MiBAreRefused(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.yaml");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(CaseFiles.MAX_BYTES + 1);
    }
    Problem p = only(assertThrows(CaseFileException.class, () -> CaseFiles.read(big)));
    assertTrue(p.message().contains("64 MiB"), p.message());
  }

  @Test
  void yamlLargerThanSnakeYamlsDefaultLimitIsRead() {
    String longText = "x".repeat(5 * 1024 * 1024);
    Case c = CaseFiles.read(edit("label: Variance report", "label: " + longText), CaseFormat.YAML, "big.yaml");
    assertEquals(longText.length(), c.element("report").orElseThrow().label().length());
  }

  @Test
  void invalidUtf8IsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.yaml");
    byte[] good = GOOD.getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[good.length + 2];
    System.arraycopy(good, 0, bad, 0, good.length);
    bad[good.length] = (byte) 0xC3;
    bad[good.length + 1] = (byte) 0x28;
    Files.write(file, bad);
    Problem p = only(assertThrows(CaseFileException.class, () -> CaseFiles.read(file)));
    assertTrue(p.message().contains("UTF-8"), p.message());
  }

  @Test
  void aByteOrderMarkIsAccepted() {
    assertEquals("erp-study", CaseFiles.read("\uFEFF" + GOOD, CaseFormat.YAML, "bom.yaml").id());
  }

  @Test
  void missingFileAndWrongExtensionAreClear(@TempDir Path dir) throws IOException {
    Problem missing = only(assertThrows(CaseFileException.class,
        () -> CaseFiles.read(dir.resolve("nope.yaml"))));
    assertTrue(missing.toString().endsWith("nope.yaml: no such file"), missing.toString());
    Path txt = Files.writeString(dir.resolve("case.txt"), GOOD);
    Problem ext = only(assertThrows(CaseFileException.class, () -> CaseFiles.read(txt)));
    assertTrue(ext.message().contains(".yaml"), ext.message());
  }

  @Test
  void aRootThatIsNotAMappingIsRefused() {
    assertTrue(only(refused("[1, 2]", CaseFormat.YAML)).message().contains("mapping"));
    assertTrue(only(refused("", CaseFormat.YAML)).message().contains("empty"));
  }

  @Test
  void malformedListItemsKeepTheOthersInPlace() {
    // The second agent is not a mapping; the third agent's dangling memberOf must still be reported at agents[2].
    String text = edit("  - {id: finance, label: Finance department, type: collective}",
        "  - just a name\n  - {id: finance, label: Finance department, type: collective, memberOf: [nobody]}");
    CaseFileException e = refused(text, CaseFormat.YAML);
    List<String> paths = e.problems().stream().map(Problem::path).collect(Collectors.toList());
    assertEquals(List.of("agents[1]", "agents[2].memberOf[0]"), paths, e.getMessage());
  }

  @Test
  void writeToFileAndReadBack(@TempDir Path dir) {
    Case c = CaseFiles.read(GOOD, CaseFormat.YAML, "x.yaml");
    for (String name : new String[] {"out/case.yaml", "out/case.json"}) {
      Path file = dir.resolve(name);
      CaseFiles.write(c, file);
      assertEquals(c, CaseFiles.read(file));
    }
  }

  @Test
  void yamlTagsOtherThanTheCoreSchemasAreRefused() {
    Problem p = only(refused(edit("title: ERP and management accounting",
        "title: !!python/object/apply:os.system echo"), CaseFormat.YAML));
    assertEquals("title", p.path());
    assertTrue(p.message().contains("tag"), p.message());
    Case c = CaseFiles.read(edit("label: Variance report", "label: !!str 007"), CaseFormat.YAML, "x.yaml");
    assertEquals("007", c.element("report").orElseThrow().label());
  }

  @Test
  void aDocumentWithNothingInItIsEmpty() {
    assertTrue(only(refused("---\n", CaseFormat.YAML)).message().contains("empty"));
  }

  @Test
  void aVeryLongNumberInJsonIsText() {
    String digits = "9".repeat(2000);
    String json = "{\"sst\": \"1\", \"id\": \"a\", \"title\": " + digits + "}";
    assertEquals(digits, CaseFiles.read(json, CaseFormat.JSON, "x.json").title());
  }
}
