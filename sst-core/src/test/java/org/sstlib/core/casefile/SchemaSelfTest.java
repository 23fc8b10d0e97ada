package org.sstlib.core.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sstlib.core.AgentType;
import org.sstlib.core.Bracket;
import org.sstlib.core.Change;
import org.sstlib.core.CodeListValue;
import org.sstlib.core.Effect;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.Force;
import org.sstlib.core.Intended;
import org.sstlib.core.InternalKind;
import org.sstlib.core.Lacking;
import org.sstlib.core.OntologyLevel;
import org.sstlib.core.Reflexivity;
import org.sstlib.core.Scale;
import org.sstlib.core.SourceType;
import org.sstlib.core.StructureForm;
import org.sstlib.core.Term;

/**
 * The published JSON Schemas of the case-file format, one a format version ({@code sst-case-1.schema.json},
 * {@code sst-case-2.schema.json}), are each a valid draft 2020-12 schema, document every property, and list exactly
 * the codes of the model's enums, so the schemas and the Java model cannot drift apart.
 */
class SchemaSelfTest {

  static final String FOLDER = "/org/sstlib/core/casefile/";
  static final String ID_BASE = "https://w3id.org/sst/schema/";
  /** The format versions with a published schema: every version the reader reads. */
  static final List<String> VERSIONS = List.of("1", "2");

  /** The schema document of a format version, as a file name: {@code sst-case-<version>.schema.json}. */
  static String file(String version) {
    return "sst-case-" + version + ".schema.json";
  }

  /** Each code-list definition of a version's schema ({@code $defs/<name>}) and the Java enum it mirrors. */
  static Map<String, Class<? extends Enum<?>>> codeLists(String version) {
    Map<String, Class<? extends Enum<?>>> m = new LinkedHashMap<>(CODE_LISTS_V1);
    if (!version.equals("1")) {
      m.put("evidenceKind", EvidenceKind.class);
      m.put("ontologyLevel", OntologyLevel.class);
      m.put("bracket", Bracket.class);
      m.put("lacking", Lacking.class);
      m.put("relationType", org.sstlib.core.RelationType.class);
      m.put("degree", org.sstlib.core.Degree.class);
    }
    return m;
  }

  static final Map<String, Class<? extends Enum<?>>> CODE_LISTS_V1 = codeListsV1();

  private static final Map<String, JsonNode> SCHEMAS = new java.util.concurrent.ConcurrentHashMap<>();

  /** The schema of a format version, parsed once. */
  static JsonNode schema(String version) {
    return SCHEMAS.computeIfAbsent(version, v -> {
      String resource = FOLDER + file(v);
      try (InputStream in = SchemaSelfTest.class.getResourceAsStream(resource)) {
        assertNotNull(in, "schema resource " + resource + " is missing from the classpath");
        return new ObjectMapper().readTree(in);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  static Stream<String> versions() {
    return VERSIONS.stream();
  }

  private static Map<String, Class<? extends Enum<?>>> codeListsV1() {
    Map<String, Class<? extends Enum<?>>> m = new LinkedHashMap<>();
    m.put("scale", Scale.class);
    m.put("agentType", AgentType.class);
    m.put("structureForm", StructureForm.class);
    m.put("internalKind", InternalKind.class);
    m.put("effect", Effect.class);
    m.put("force", Force.class);
    m.put("reflexivity", Reflexivity.class);
    m.put("change", Change.class);
    m.put("term", Term.class);
    m.put("intended", Intended.class);
    m.put("sourceType", SourceType.class);
    return Map.copyOf(m);
  }

  @Test
  void everyVersionTheReaderReadsHasASchema() {
    assertEquals(CaseBinder.VERSIONS.asList(), VERSIONS);
    assertEquals(CaseBinder.NEWEST, VERSIONS.get(VERSIONS.size() - 1));
  }

  @ParameterizedTest(name = "sst-case-{0}.schema.json")
  @MethodSource("versions")
  void isAValidDraft202012Schema(String version) {
    JsonNode schemaNode = schema(version);
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // The meta-schema ships inside the validator jar; no network access is needed.
    JsonSchema meta = factory.getSchema(SchemaLocation.of(SchemaId.V202012));
    Set<ValidationMessage> problems = meta.validate(schemaNode);
    assertTrue(problems.isEmpty(), () -> "schema does not conform to the 2020-12 meta-schema: " + problems);
    assertEquals(SchemaId.V202012, schemaNode.path("$schema").asText());
  }

  @ParameterizedTest(name = "sst-case-{0}.schema.json")
  @MethodSource("versions")
  void metaSchemaCheckCanFail(String version) {
    JsonNode schemaNode = schema(version);
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    JsonSchema meta = factory.getSchema(SchemaLocation.of(SchemaId.V202012));
    ObjectNode broken = schemaNode.deepCopy();
    broken.put("required", "sst");
    assertFalse(meta.validate(broken).isEmpty(), "the meta-schema check accepted 'required' as a string");
  }

  @ParameterizedTest(name = "sst-case-{0}.schema.json")
  @MethodSource("versions")
  void loadsWithTheFactoryAndHasItsId(String version) {
    JsonNode schemaNode = schema(version);
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    JsonSchema schema = factory.getSchema(schemaNode);
    assertNotNull(schema);
    String id = ID_BASE + file(version);
    assertEquals(id, schemaNode.path("$id").asText());
    assertEquals(id, schema.getId());
    assertEquals(version, schemaNode.at("/properties/sst/const").asText(), "the schema's sst const");
    assertTrue(schemaNode.path("title").asText().endsWith("format version " + version), "title of " + file(version));
    assertTrue(schemaNode.path("title").isTextual(), "schema has no title");
    assertTrue(schemaNode.path("description").isTextual(), "schema has no description");
    // Every $ref points at a definition that exists.
    List<String> dangling = new ArrayList<>();
    walk(schemaNode, "#", (node, path) -> {
      JsonNode ref = node.get("$ref");
      if (ref != null && (!ref.isTextual() || schemaNode.at(ref.asText().substring(1)).isMissingNode())) {
        dangling.add(path + " -> " + ref);
      }
    });
    assertTrue(dangling.isEmpty(), () -> "dangling $ref: " + dangling);
  }

  static Stream<Arguments> codeListDefinitions() {
    return VERSIONS.stream().flatMap(v -> codeLists(v).entrySet().stream()
        .map(e -> Arguments.of(v, e.getKey(), e.getValue())));
  }

  @ParameterizedTest(name = "sst-case-{0}.schema.json: $defs/{1} lists the codes of {2}")
  @MethodSource("codeListDefinitions")
  void codeListMatchesTheJavaEnum(String version, String name, Class<? extends Enum<?>> type) {
    JsonNode schemaNode = schema(version);
    JsonNode def = schemaNode.path("$defs").path(name);
    assertTrue(def.isObject(), "schema has no $defs/" + name);
    List<JsonNode> enums = new ArrayList<>();
    walk(def, "#/$defs/" + name, (node, path) -> {
      if (node.has("enum")) {
        enums.add(node.get("enum"));
      }
    });
    assertEquals(1, enums.size(), "$defs/" + name + " should hold exactly one enum");
    assertEquals(javaCodes(type), texts(enums.get(0)), "$defs/" + name + " and " + type.getSimpleName());
  }

  @ParameterizedTest(name = "sst-case-{0}.schema.json")
  @MethodSource("versions")
  void everyEnumOfTheSchemaIsACodeListOrASubsetOfOne(String version) {
    JsonNode schemaNode = schema(version);
    Map<String, Class<? extends Enum<?>>> lists = codeLists(version);
    Set<String> defNodes = new TreeSet<>();
    List<String> strays = new ArrayList<>();
    walk(schemaNode, "#", (node, path) -> {
      if (!node.has("enum")) {
        return;
      }
      List<String> values = texts(node.get("enum"));
      String def = lists.keySet().stream()
          .filter(n -> path.equals("#/$defs/" + n) || path.startsWith("#/$defs/" + n + "/"))
          .findFirst().orElse(null);
      if (def != null) {
        defNodes.add(def);
        return;
      }
      // An enum elsewhere (for example "of needs a material form") may only narrow a code list.
      boolean narrows = lists.values().stream().anyMatch(t -> javaCodes(t).containsAll(values));
      if (!narrows) {
        strays.add(path + " " + values);
      }
    });
    assertEquals(lists.keySet().stream().sorted().collect(Collectors.toList()), new ArrayList<>(defNodes));
    assertTrue(strays.isEmpty(), () -> "enums that match no code list of the model: " + strays);
  }

  @ParameterizedTest(name = "sst-case-{0}.schema.json")
  @MethodSource("versions")
  void codeListsAreDescribedInStonesTerms(String version) {
    JsonNode schemaNode = schema(version);
    String force = schemaNode.at("/$defs/force/description").asText();
    assertTrue(force.contains("control") && force.contains("critical distance"), force);
    assertFalse(force.contains("knows or wants"), force);
    String kind = schemaNode.at("/$defs/internalKind/description").asText();
    assertTrue(kind.contains("habitus") && kind.contains("not knowledge of particulars"), kind);
    String scale = schemaNode.at("/$defs/scale/description").asText();
    assertTrue(scale.contains("field of practices") && scale.contains("meso-level of ontology"), scale);
  }

  @Test
  void versionTwoSaysWhatProvenanceMeans() {
    JsonNode v2 = schema("2");
    String kinds = v2.at("/$defs/evidenceKind/description").asText();
    for (String code : javaCodes(EvidenceKind.class)) {
      assertTrue(kinds.contains(code + ": "), () -> "evidenceKind does not say what " + code + " means: " + kinds);
    }
    String authors = v2.at("/properties/authors/description").asText();
    assertTrue(authors.contains("wrote the study") && authors.contains("analysts"), authors);
    String analysts = v2.at("/properties/analysts/description").asText();
    assertTrue(analysts.contains("made this SST analysis"), analysts);
    for (String by : List.of("/$defs/evidence/properties/by", "/$defs/cycle/properties/by",
        "/$defs/condition/anyOf/1/properties/by", "/$defs/outcome/anyOf/1/properties/by")) {
      String text = v2.at(by + "/description").asText();
      assertTrue(text.contains("analyst who") && text.contains("case's analysts"), () -> by + ": " + text);
    }
    String text = v2.at("/$defs/source/properties/text/description").asText();
    assertTrue(text.contains("beside the case file") && text.contains("sst validate --texts DIR"), text);
  }

  @Test
  void versionTwoSaysWhatLevelsBracketsActorsAndResistingMean() {
    JsonNode v2 = schema("2");
    for (String def : List.of("ontologyLevel", "bracket", "lacking")) {
      String text = v2.at("/$defs/" + def + "/description").asText();
      for (JsonNode code : v2.at("/$defs/" + def + "/enum")) {
        assertTrue(text.contains(code.asText() + ": "), () -> def + " does not say what " + code + " means: " + text);
      }
    }
    String level = v2.at("/$defs/ontologyLevel/description").asText();
    assertTrue(level.contains("ontology-in-situ") && level.contains("ontology-in-general")
        && level.contains("not a scale"), level);
    String bracket = v2.at("/$defs/bracket/description").asText();
    assertTrue(bracket.contains("agent's conduct analysis") && bracket.contains("agent's context analysis"), bracket);
    String actors = v2.at("/$defs/agency/properties/by/description").asText();
    assertTrue(actors.contains("agent-in-focus") && actors.contains("members") && actors.contains("names agents"),
        actors);
    for (String key : List.of("sacrifices", "lacking")) {
      String text = v2.at("/$defs/condition/anyOf/1/properties/" + key + "/description").asText();
      assertTrue(text.startsWith("Only with force: irresistible-force."), () -> key + ": " + text);
    }
  }

  @Test
  void versionTwoKeepsEveryDefinitionOfVersionOne() {
    JsonNode v1 = schema("1");
    JsonNode v2 = schema("2");
    List<String> lost = new ArrayList<>();
    v1.path("$defs").fieldNames().forEachRemaining(n -> {
      if (!v2.path("$defs").has(n)) {
        lost.add(n);
      }
    });
    assertTrue(lost.isEmpty(), () -> "definitions of version 1 missing from version 2: " + lost);
    // The shared code lists are the same, word for word.
    for (String list : CODE_LISTS_V1.keySet()) {
      assertEquals(v1.at("/$defs/" + list), v2.at("/$defs/" + list), "$defs/" + list);
    }
  }

  @ParameterizedTest(name = "sst-case-{0}.schema.json")
  @MethodSource("versions")
  void everyPropertyHasATitleAndADescription(String version) {
    JsonNode schemaNode = schema(version);
    List<String> undocumented = new ArrayList<>();
    walk(schemaNode, "#", (node, path) -> {
      JsonNode properties = node.get("properties");
      // Conditional sub-schemas (if/then) only narrow a documented property; editors show the property's text.
      if (properties == null || !properties.isObject() || inConditional(path)) {
        return;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> p = it.next();
        JsonNode prop = p.getValue();
        if (!prop.path("title").isTextual() || !prop.path("description").isTextual()) {
          undocumented.add(path + "/properties/" + p.getKey());
        }
      }
    });
    assertTrue(undocumented.isEmpty(), () -> "properties without title or description: " + undocumented);
  }

  @ParameterizedTest(name = "sst-case-{0}.schema.json")
  @MethodSource("versions")
  void everyObjectIsClosed(String version) {
    JsonNode schemaNode = schema(version);
    List<String> open = new ArrayList<>();
    int[] objects = {0};
    walk(schemaNode, "#", (node, path) -> {
      boolean objectSchema = "object".equals(node.path("type").asText()) || node.has("properties");
      if (!objectSchema || inConditional(path)) {
        return;
      }
      objects[0]++;
      JsonNode additional = node.get("additionalProperties");
      if (additional == null || !additional.isBoolean() || additional.asBoolean()) {
        open.add(path);
      }
    });
    assertTrue(objects[0] >= 12, "expected the schema to define at least 12 object shapes, found " + objects[0]);
    assertTrue(open.isEmpty(), () -> "object schemas without additionalProperties: false: " + open);
  }

  @ParameterizedTest(name = "sst-case-{0}.schema.json")
  @MethodSource("versions")
  void patternsCompile(String version) {
    JsonNode schemaNode = schema(version);
    List<String> bad = new ArrayList<>();
    walk(schemaNode, "#", (node, path) -> {
      JsonNode p = node.get("pattern");
      if (p != null && p.isTextual()) {
        try {
          Pattern.compile(p.asText());
        } catch (RuntimeException e) {
          bad.add(path + ": " + e.getMessage());
        }
      }
    });
    assertTrue(bad.isEmpty(), () -> "patterns that do not compile: " + bad);
    String id = schemaNode.at("/$defs/id/pattern").asText();
    assertEquals("^[A-Za-z0-9][A-Za-z0-9._-]*$", id);
  }

  private static <E extends Enum<E> & CodeListValue> List<String> codesOf(Class<E> type) {
    return CodeListValue.codes(type);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<String> javaCodes(Class<? extends Enum<?>> type) {
    if (!CodeListValue.class.isAssignableFrom(type)) {
      fail(type + " is not a CodeListValue");
    }
    return codesOf((Class) type);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.isTextual() ? v.asText() : v.toString()));
    return out;
  }

  private interface Visitor {
    void visit(JsonNode node, String path);
  }

  private static boolean inConditional(String path) {
    return path.matches(".*/(if|then|else|not)(/.*)?");
  }

  /**
   * Visits every sub-schema of {@code node} with its JSON pointer (as a {@code #} fragment); the maps of
   * {@code properties} and {@code $defs} are walked through but not visited themselves, and values of
   * {@code enum}, {@code const}, {@code examples} and {@code default} are data, not schemas.
   */
  private static void walk(JsonNode node, String path, Visitor visitor) {
    walk(node, path, visitor, true);
  }

  private static void walk(JsonNode node, String path, Visitor visitor, boolean isSchema) {
    if (node.isObject()) {
      if (isSchema) {
        visitor.visit(node, path);
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String key = e.getKey();
        if (isSchema && DATA_KEYWORDS.contains(key)) {
          continue;
        }
        boolean map = isSchema && MAP_KEYWORDS.contains(key);
        walk(e.getValue(), path + "/" + key.replace("~", "~0").replace("/", "~1"), visitor, !map);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "/" + i, visitor, true);
      }
    }
  }

  private static final Set<String> DATA_KEYWORDS =
      Set.of("enum", "const", "examples", "default", "required", "dependentRequired");
  private static final Set<String> MAP_KEYWORDS = Set.of("properties", "$defs", "patternProperties");
}
