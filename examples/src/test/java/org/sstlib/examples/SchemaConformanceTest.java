package org.sstlib.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case file under {@code examples/cases/} (and the README tour's, under {@code examples/tour/}) conforms to the published JSON Schema of its version of the
 * case-file format ({@code sst-case-1.schema.json} for {@code sst: "1"}, {@code sst-case-2.schema.json} for
 * {@code sst: "2"}, both in sst-core), and the version-1 schema rejects what the format forbids.
 *
 * <p>YAML is read the way the library reads it, not the way a generic YAML 1.1 loader does: plain scalars are
 * kept as written ({@code intended: no} is the word {@code no}, {@code date: 2022} the text {@code 2022}); only
 * {@code true}/{@code false} are booleans and {@code null}/{@code ~}/empty is null.
 */
class SchemaConformanceTest {

  static final String SCHEMA = "/org/sstlib/core/casefile/sst-case-1.schema.json";
  /** The schema of each version of the case-file format, by the value of a file's {@code sst} key. */
  static final Map<String, String> SCHEMAS = Map.of(
      "1", SCHEMA,
      "2", "/org/sstlib/core/casefile/sst-case-2.schema.json");
  /** The repository's {@code examples/cases/}, relative to the examples module (surefire's working directory). */
  static final Path CASES = Path.of("cases");

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private static JsonSchema schema;
  private static final Map<String, JsonSchema> BY_VERSION = new ConcurrentHashMap<>();

  @BeforeAll
  static void loadSchema() throws IOException {
    schema = load(SCHEMA);
  }

  private static JsonSchema load(String resource) throws IOException {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().locale(Locale.ENGLISH).build();
    try (InputStream in = SchemaConformanceTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, "schema " + resource + " is not on the classpath (it ships in the sst-core jar)");
      return factory.getSchema(in, config);
    }
  }

  /** The schema of the format version a document declares in its {@code sst} key. */
  static JsonSchema schemaFor(JsonNode doc) throws IOException {
    String version = doc.path("sst").asText("");
    String resource = SCHEMAS.get(version);
    assertNotNull(resource, "no schema for case-file format version '" + version + "' (known: "
        + new TreeSet<>(SCHEMAS.keySet()) + ")");
    JsonSchema found = BY_VERSION.get(version);
    if (found == null) {
      found = load(resource);
      BY_VERSION.put(version, found);
    }
    return found;
  }

  // ------------------------------------------------------------------------------------------ the case files

  /** The worked cases under {@code examples/cases/} and the README tour's case file under {@code examples/tour/}. */
  static List<Path> caseFiles() throws IOException {
    List<Path> found = new java.util.ArrayList<>();
    for (Path dir : List.of(CASES, ExampleProvenanceTest.TOUR)) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        found.addAll(files.filter(Files::isRegularFile)
            .filter(f -> f.getFileName().toString().matches(".*\\.(ya?ml|json)"))
            .sorted()
            .collect(Collectors.toList()));
      }
    }
    return found;
  }

  @Test
  void thereAreCaseFiles() throws IOException {
    assertTrue(Files.isDirectory(CASES), "no directory " + CASES.toAbsolutePath());
    assertFalse(caseFiles().isEmpty(), "no *.yaml, *.yml or *.json case file under " + CASES.toAbsolutePath());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("caseFiles")
  void caseFileConformsToTheSchema(Path file) throws IOException {
    JsonNode doc = read(file);
    Set<ValidationMessage> problems = schemaFor(doc).validate(doc);
    assertTrue(problems.isEmpty(), () -> file + " does not conform to the schema of version "
        + doc.path("sst").asText() + ":\n" + describe(problems));
  }

  // ------------------------------------------------------------------------------------------ positive cases

  /** The smallest valid case file: the three required keys. */
  static final String MINIMAL = "sst: \"1\"\nid: tiny\ntitle: A tiny case\n";

  /** A case with one cycle, small but using every required part of a cycle. */
  static final String ONE_CYCLE = String.join("\n",
      "sst: \"1\"",
      "id: erp-study",
      "title: ERP and management accounting",
      "agents:",
      "  - {id: controller, label: Financial controller, type: individual}",
      "structures:",
      "  - {id: erp, label: ERP system, form: technology}",
      "  - {id: report, label: Monthly variance report, form: artefact}",
      "cycles:",
      "  - id: close",
      "    label: Month-end close",
      "    site: Finance office",
      "    agentInFocus: controller",
      "    external:",
      "      - ref: erp",
      "        effect: enables",
      "    agency:",
      "      - {id: reconcile, label: Reconciles the ledgers}",
      "    outcomes:",
      "      - ref: report",
      "        change: created",
      "        intended: yes",
      "");

  @Test
  void minimalDocumentConforms() throws IOException {
    assertValid(yaml(MINIMAL));
    assertValid(JSON.readTree("{\"sst\": \"1\", \"id\": \"tiny\", \"title\": \"A tiny case\"}"));
  }

  @Test
  void oneCycleDocumentConforms() throws IOException {
    assertValid(yaml(ONE_CYCLE));
  }

  /** Every key and example of docs/case-files.md, put together into one file. */
  @Test
  void everyFeatureOfTheDocumentationConforms() throws IOException {
    String doc = String.join("\n",
        "sst: \"1\"",
        "id: docs-example",
        "title: Every key of the case-file format",
        "citation: Hughes, G., Shaw, S. E., & Greenhalgh, T. (2022).",
        "doi: 10.1111/1467-9566.13398",
        "base: https://w3id.org/sst/examples/docs/",
        "analysts:",
        "  - {id: rh, name: Gemma Hughes}",
        "sources:",
        "  - id: paper",
        "    type: document",
        "    category: patient experience",
        "    title: Hughes, Shaw and Greenhalgh (2022)",
        "    date: 2022",
        "  - {id: notes, type: fieldnotes, date: 2015-06/2016-03}",
        "agents:",
        "  - id: matron",
        "    label: Community matron",
        "    type: individual",
        "    scale: micro",
        "    memberOf: [community-health-trust]",
        "    codes: [ic:vertical]",
        "  - {id: community-health-trust, label: Community health trust, type: collective, scale: meso}",
        "  - {id: alf, label: Alf, type: individual, description: A patient living alone}",
        "positionPractices:",
        "  - id: alf-at-home",
        "    label: Alf living alone at home",
        "    occupiedBy: [alf]",
        "    practices: [managing his own medication]",
        "    prerogatives: [deciding whom to let in]",
        "    obligations: []",
        "    relations:",
        "      - {to: case-manager, label: is case-managed by}",
        "  - {id: case-manager, label: Case manager, occupiedBy: [matron]}",
        "structures:",
        "  - id: bcf-template",
        "    label: Better Care Fund planning template",
        "    form: technology",
        "  - {id: risk-tool, label: Risk stratification tool, form: technology}",
        "  - id: matron-knows-caseload",
        "    label: The matron's knowledge of who is on her caseload",
        "    internalTo: matron",
        "    kind: conjuncturally-specific",
        "    about: [caseload]",
        "  - id: wall-phone",
        "    label: Telephone fixed to the wall downstairs",
        "    form: material-resource",
        "    of: alf",
        "  - {id: caseload, label: The matron's caseload, form: organisational-arrangement}",
        "events:",
        "  - id: fall",
        "    label: Alf falls at home early one morning",
        "  - {id: admission, label: Alf is admitted to hospital}",
        "cycles:",
        "  - {id: bcf-planning, label: BCF planning, site: Planning meetings, agentInFocus: community-health-trust,",
        "     external: [bcf-template], agency: [{id: plan, label: Plans}], outcomes: [caseload]}",
        "  - id: icm-meeting",
        "    label: Integrated case management meeting",
        "    site: ICM meetings in the Partnership's localities",
        "    time: 2015-06/2016-03",
        "    follows: [bcf-planning]",
        "    scale: meso",
        "    agentInFocus: matron",
        "    agentsInContext: [alf]",
        "    positionPractice: case-manager",
        "    external:",
        "      - risk-tool",
        "      - ref: bcf-template",
        "        effect: constrains",
        "        force: irresistible-force",
        "        available: true",
        "      - {ref: alf-at-home, effect: both, force: independent-influence, available: false}",
        "    material: [wall-phone, {ref: wall-phone, effect: enables, available: false}]",
        "    internal: [matron-knows-caseload]",
        "    agency:",
        "      - id: icm-discussion",
        "        label: The team reviews the risk list and picks patients for the caseload",
        "        reflexivity: routine",
        "        horizon: the next monthly meeting",
        "        concerns: [keep the caseload full, avoid admissions]",
        "        creativity: little",
        "        drawsOn: [matron-knows-caseload]",
        "        conditionedBy: [risk-tool]",
        "    outcomes:",
        "      - caseload",
        "      - ref: admission",
        "        change: event",
        "        term: short",
        "        intended: no",
        "        producedBy: [icm-discussion]",
        "      - {ref: fall, intended: unknown, term: long, change: event}",
        "      - ref: qualified-cover",
        "        change: event",
        "        realised: false",
        "        intendedBy: [governors, deputy]",
        "        instead: [supply-cover]",
        "evidence:",
        "  - id: ev-template",
        "    source: paper",
        "    quote: \"a short verbatim quote\"",
        "    note: why this supports the claim",
        "    locator: p. 119",
        "    speakerRole: commissioner",
        "    analyst: rh",
        "    supports: [bcf-template, bcf-planning/bcf-template]",
        "  - {id: ev-note, source: notes, note: only a note}",
        "codebooks:",
        "  - id: ic",
        "    label: Integration",
        "    concepts:",
        "      - {id: vertical, label: Vertical integration}",
        "      - {id: vertical-health-social, label: Health with social care, broader: vertical}",
        "");
    assertValid(yaml(doc));
  }

  @Test
  void unquotedYesAndNoAreWordsForTheLibraryAndBooleansForGenericLoaders() throws IOException {
    JsonNode asTheLibraryReadsIt = yaml(ONE_CYCLE);
    assertEquals("yes", asTheLibraryReadsIt.at("/cycles/0/outcomes/0/intended").textValue());
    // A generic YAML 1.1 loader (an editor, a script) turns `yes` into true; the schema accepts that as well.
    JsonNode generic = YAML.readTree(ONE_CYCLE);
    assertTrue(generic.at("/cycles/0/outcomes/0/intended").isBoolean());
    assertValid(generic);
    // And a text field holding an unquoted yes stays text.
    assertValid(yaml(ONE_CYCLE.replace("label: Month-end close", "label: yes")));
  }

  // ------------------------------------------------------------------------------------------ negative cases

  @Test
  void unknownKeyFails() throws IOException {
    assertInvalid(yaml(MINIMAL + "titel: typo\n"), "", "additionalProperties");
    assertInvalid(yaml(ONE_CYCLE.replace("    site: Finance office", "    site: Finance office\n    where: here")),
        "/cycles/0", "additionalProperties");
    assertInvalid(yaml(ONE_CYCLE.replace("effect: enables", "effect: enables\n        weight: 3")),
        "/cycles/0/external/0", null);
  }

  @Test
  void badIdFails() throws IOException {
    assertInvalid(yaml(MINIMAL.replace("id: tiny", "id: -tiny")), "/id", "pattern");
    assertInvalid(yaml(ONE_CYCLE.replace("id: reconcile", "id: \"re concile\"")),
        "/cycles/0/agency/0/id", "pattern");
    assertInvalid(yaml(ONE_CYCLE.replace("- ref: erp", "- ref: erp/x")), "/cycles/0/external/0", null);
  }

  @Test
  void wrongEnumValueFails() throws IOException {
    assertInvalid(yaml(ONE_CYCLE.replace("effect: enables", "effect: maybe")),
        "/cycles/0/external/0/effect", "enum");
    assertInvalid(yaml(ONE_CYCLE.replace("form: technology", "form: software")),
        "/structures/0/form", "enum");
    assertInvalid(yaml(ONE_CYCLE.replace("intended: yes", "intended: perhaps")),
        "/cycles/0/outcomes/0/intended", null);
  }

  @Test
  void missingAgentInFocusFails() throws IOException {
    assertInvalid(yaml(ONE_CYCLE.replace("    agentInFocus: controller\n", "")), "/cycles/0", "required");
  }

  @Test
  void forceOnAnOutcomeFails() throws IOException {
    assertInvalid(yaml(ONE_CYCLE.replace("change: created", "change: created\n        force: irresistible-force")),
        "/cycles/0/outcomes/0", "additionalProperties");
  }

  @Test
  void anUnrealisedOutcomeConformsAndItsKeysAreCheckedForType() throws IOException {
    String unrealised = ONE_CYCLE.replace("        intended: yes",
        "        intended: yes\n        realised: false\n        intendedBy: [controller]\n        instead: [erp]");
    assertValid(yaml(unrealised));
    assertInvalid(yaml(unrealised.replace("realised: false", "realised: later")),
        "/cycles/0/outcomes/0/realised", "type");
    assertInvalid(yaml(unrealised.replace("intendedBy: [controller]", "intendedBy: controller")),
        "/cycles/0/outcomes/0/intendedBy", "type");
    assertInvalid(yaml(unrealised.replace("instead: [erp]", "instead: [\"not an id\"]")),
        "/cycles/0/outcomes/0/instead/0", null);
  }

  @Test
  void realisedOnAnExternalEntryFails() throws IOException {
    assertInvalid(yaml(ONE_CYCLE.replace("effect: enables", "effect: enables\n        realised: false")),
        "/cycles/0/external/0", "additionalProperties");
  }

  @Test
  void changeOnAnExternalEntryFails() throws IOException {
    assertInvalid(yaml(ONE_CYCLE.replace("effect: enables", "effect: enables\n        change: created")),
        "/cycles/0/external/0", "additionalProperties");
  }

  @Test
  void otherFormatVersionFails() throws IOException {
    assertInvalid(yaml(MINIMAL.replace("sst: \"1\"", "sst: \"2\"")), "/sst", "const");
    assertInvalid(yaml(MINIMAL.replace("sst: \"1\"\n", "")), "", "required");
  }

  @Test
  void emptyRoleListsFail() throws IOException {
    assertInvalid(yaml(ONE_CYCLE.replace("    agency:\n      - {id: reconcile, label: Reconciles the ledgers}\n",
        "    agency: []\n")), "/cycles/0/agency", "minItems");
  }

  @Test
  void evidenceNeedsAQuoteOrANote() throws IOException {
    String base = MINIMAL + "sources: [{id: s, type: interview}]\nevidence:\n  - {id: e, source: s%s}\n";
    assertValid(yaml(String.format(base, ", quote: said")));
    assertValid(yaml(String.format(base, ", note: seen")));
    assertInvalid(yaml(String.format(base, "")), "/evidence/0", null);
    assertInvalid(yaml(String.format(base, ", note: seen, supports: [a/b/c]")), "/evidence/0/supports/0",
        "pattern");
  }

  @Test
  void badDatesAndCodesFail() throws IOException {
    String source = MINIMAL + "sources: [{id: s, type: interview, date: %s}]\n";
    for (String good : List.of("2016", "2016-03", "2016-03-01", "2015-06/2016-03", "\"2016\"")) {
      assertValid(yaml(String.format(source, good)));
    }
    for (String bad : List.of("2016-13", "2016-3", "16", "2016-03-01T10:00", "2015/2016/2017", "spring 2016")) {
      assertInvalid(yaml(String.format(source, bad)), "/sources/0/date", null);
    }
    String coded = MINIMAL + "events: [{id: e, label: E, codes: [%s]}]\n";
    assertValid(yaml(String.format(coded, "ic:vertical")));
    assertInvalid(yaml(String.format(coded, "vertical")), "/events/0/codes/0", "pattern");
  }

  @Test
  void internalStructuresNeedAKindAndMaterialOnesNoInternalTo() throws IOException {
    String s = MINIMAL + "structures: [{id: x, label: X, form: %s%s}]\n";
    assertValid(yaml(String.format(s, "other", ", internalTo: a, kind: general-dispositional")));
    assertValid(yaml(String.format(s, "material-resource", ", of: a")));
    assertInvalid(yaml(String.format(s, "other", ", internalTo: a")), "/structures/0", "dependentRequired");
    assertInvalid(yaml(String.format(s, "other", ", kind: general-dispositional")), "/structures/0",
        "dependentRequired");
    assertInvalid(yaml(String.format(s, "policy", ", of: a")), "/structures/0/form", null);
    assertInvalid(yaml(String.format(s, "material-resource", ", internalTo: a, kind: general-dispositional")),
        "/structures/0/form", null);
    assertInvalid(yaml(MINIMAL + "structures: [{id: x, label: X}]\n"), "/structures/0", "required");
    assertInvalid(yaml(MINIMAL + "agents: [{id: x, label: X}]\n"), "/agents/0", "required");
  }

  @Test
  void internalStructuresNeedNoFormAndOthersStillDo() throws IOException {
    String internal = MINIMAL + "structures: [{id: x, label: X%s, internalTo: a, kind: general-dispositional}]\n";
    assertValid(yaml(String.format(internal, "")));
    assertValid(yaml(String.format(internal, ", form: other")));
    assertInvalid(yaml(String.format(internal, ", form: strategy")), "/structures/0/form", null);
    assertInvalid(yaml(MINIMAL + "structures: [{id: x, label: X, of: a}]\n"), "/structures/0", "required");
  }

  @Test
  void wrongTypesFail() throws IOException {
    assertInvalid(yaml(MINIMAL + "agents: {id: x}\n"), "/agents", "type");
    assertInvalid(yaml(ONE_CYCLE.replace("effect: enables", "available: 0")), "/cycles/0/external/0", null);
    assertInvalid(yaml(MINIMAL.replace("title: A tiny case", "title: \"  \"")), "/title", "pattern");
  }

  @Test
  void theScalarPreservingReaderRefusesDuplicatesAndTrailingDocuments() {
    assertThrows(IOException.class, () -> yaml(MINIMAL + "id: again\n"));
    assertThrows(IOException.class, () -> yaml(MINIMAL + "---\nsst: \"1\"\n"));
  }

  // ------------------------------------------------------------------------------------------ helpers

  private static void assertValid(JsonNode doc) {
    Set<ValidationMessage> problems = schema.validate(doc);
    assertTrue(problems.isEmpty(), () -> "expected the document to conform, but:\n" + describe(problems)
        + "\ndocument: " + doc);
  }

  /**
   * Asserts that {@code doc} fails validation with a message at {@code location} (a JSON pointer, {@code ""} for
   * the root) or below it, of keyword
   * {@code type} when that is given (failures inside {@code anyOf} branches are reported in several ways, so
   * their type is not checked).
   */
  private static void assertInvalid(JsonNode doc, String location, String type) {
    Set<ValidationMessage> problems = schema.validate(doc);
    assertFalse(problems.isEmpty(), () -> "expected the schema to reject: " + doc);
    boolean found = problems.stream().anyMatch(m -> {
      String at = m.getInstanceLocation().toString();
      boolean where = at.equals(location) || !location.isEmpty() && at.startsWith(location + "/");
      return where && (type == null || type.equals(m.getType()));
    });
    assertTrue(found, () -> "expected a " + (type == null ? "" : type + " ") + "error at " + location + ", got:\n"
        + describe(problems));
  }

  private static String describe(Set<ValidationMessage> problems) {
    return problems.stream()
        .map(m -> "  " + m.getInstanceLocation() + " [" + m.getType() + "] " + m.getMessage())
        .sorted()
        .collect(Collectors.joining("\n"));
  }

  static JsonNode read(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (name.endsWith(".json")) {
      return JSON.readTree(file.toFile());
    }
    return yaml(Files.readString(file));
  }

  /**
   * Reads YAML into a tree keeping plain scalars as written: numbers and YAML 1.1 words such as {@code yes},
   * {@code no}, {@code on} become text, only {@code true}/{@code false} (YAML 1.2 core) become booleans. Duplicate
   * keys and a second document are errors, as in the library's reader.
   */
  static JsonNode yaml(String text) throws IOException {
    try (JsonParser p = YAML.createParser(text)) {
      if (p.nextToken() == null) {
        throw new IOException("empty YAML document");
      }
      JsonNode root = node(p);
      if (p.nextToken() != null) {
        throw new IOException("trailing content after the document at " + p.currentLocation());
      }
      return root;
    }
  }

  private static JsonNode node(JsonParser p) throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        ObjectNode o = nodes.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          if (o.has(key)) {
            throw new IOException("duplicate key '" + key + "' at " + p.currentLocation());
          }
          p.nextToken();
          o.set(key, node(p));
        }
        return o;
      }
      case START_ARRAY: {
        ArrayNode a = nodes.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          a.add(node(p));
        }
        return a;
      }
      case VALUE_TRUE:
      case VALUE_FALSE: {
        String raw = p.getText();
        return List.of("true", "True", "TRUE", "false", "False", "FALSE").contains(raw)
            ? nodes.booleanNode(t == JsonToken.VALUE_TRUE)
            : nodes.textNode(raw);
      }
      case VALUE_NULL:
        return nodes.nullNode();
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
      case VALUE_EMBEDDED_OBJECT:
        return nodes.textNode(p.getText());
      default:
        throw new IOException("unexpected " + t + " at " + p.currentLocation());
    }
  }
}
