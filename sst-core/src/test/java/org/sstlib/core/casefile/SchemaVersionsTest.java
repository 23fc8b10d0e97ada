package org.sstlib.core.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sstlib.core.Bracket;
import org.sstlib.core.Case;
import org.sstlib.core.CodeListValue;
import org.sstlib.core.Condition;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.Lacking;
import org.sstlib.core.OntologyLevel;
import org.sstlib.core.Problem;
import org.sstlib.core.SourceType;
import org.sstlib.core.TextNames;

/**
 * The schema of each format version accepts and refuses what the Java reader does: a document is run through the
 * schema of its version and through {@link CaseFiles#read(String, CaseFormat, String)}, and the two must agree. The
 * keys each schema allows are the reader's key lists ({@link CaseBinder}), less the keys of version 2 in version 1.
 */
class SchemaVersionsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, JsonSchema> SCHEMAS = new java.util.HashMap<>();

  /**
   * A small version-2 case that uses every key version 2 adds: provenance (authors, orcid, text, kind, by), the
   * level of ontology, a cycle's bracket, an agency's actors (by) and what resisting an irresistible force would
   * have cost (sacrifices, lacking).
   */
  static final String V2 = """
      {
        "sst": "2", "id": "prov", "title": "Provenance", "level": "meso",
        "authors": [{"name": "Ann Author", "orcid": "0000-0002-1825-0097"}, {"name": "Ben Author"}],
        "analysts": [{"id": "an1", "name": "Ann Analyst", "orcid": "0000-0002-1694-233X"},
                     {"id": "an2", "name": "Bo Analyst"}],
        "sources": [{"id": "paper", "type": "publication", "title": "The study", "text": "texts/paper.txt"},
                    {"id": "int-07", "type": "interview", "text": "transcripts/int-07.txt"}],
        "agents": [{"id": "gp", "label": "GP", "type": "individual"}],
        "positionPractices": [
          {"id": "gp-role", "label": "GP", "occupiedBy": ["gp"],
           "relations": [{"to": "patient-role", "type": "cares-for", "label": "looks after", "strength": "high",
                          "trust": "medium"}]},
          {"id": "patient-role", "label": "Patient", "relations": [{"to": "gp-role", "type": "accountable-to"}]}],
        "structures": [
          {"id": "policy", "label": "Policy", "form": "policy"},
          {"id": "know", "label": "Knowing the patients", "internalTo": "gp", "kind": "conjuncturally-specific"},
          {"id": "practice", "label": "Practice", "form": "model-of-care"}],
        "cycles": [{
          "id": "c1", "label": "Cycle", "site": "Surgery", "agentInFocus": "gp", "by": "an1", "bracket": "conduct",
          "external": [{"ref": "policy", "effect": "constrains", "force": "irresistible-force",
                        "sacrifices": ["keeping the practice's income"], "lacking": ["power", "critical-distance"],
                        "by": "an2"}],
          "material": [],
          "internal": ["know"],
          "agency": [{"id": "act", "label": "Acts", "by": ["gp"]}],
          "outcomes": [{"ref": "practice", "change": "reproduced", "by": "an2"},
                       {"ref": "gp-role", "change": "changed"}]}],
        "evidence": [
          {"id": "e1", "source": "int-07", "kind": "participant", "quote": "We just do it.", "by": "an1",
           "supports": ["c1/policy"]},
          {"id": "e2", "source": "paper", "kind": "author", "note": "The authors argue so.", "supports": ["practice"]},
          {"id": "e3", "source": "paper", "kind": "analyst", "note": "Our inference.", "by": "an2",
           "supports": ["c1/know"]}]
      }
      """;

  @BeforeAll
  static void loadSchemas() throws IOException {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().locale(Locale.ENGLISH).build();
    for (String version : SchemaSelfTest.VERSIONS) {
      String resource = SchemaSelfTest.FOLDER + SchemaSelfTest.file(version);
      try (InputStream in = SchemaVersionsTest.class.getResourceAsStream(resource)) {
        assertNotNull(in, resource);
        SCHEMAS.put(version, factory.getSchema(in, config));
      }
    }
  }

  static ObjectNode v2() {
    try {
      return (ObjectNode) JSON.readTree(V2);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The version-2 case written in version 1: no authors, ORCID iDs, texts, kinds, by, level, bracket, sacrifices or
   * lacking; evidence says analyst.
   */
  static ObjectNode v1() {
    ObjectNode d = v2();
    d.put("sst", "1");
    d.remove("authors");
    d.remove("level");
    d.withArray("analysts").forEach(a -> ((ObjectNode) a).remove("orcid"));
    d.withArray("sources").forEach(s -> ((ObjectNode) s).remove("text"));
    // A version-1 relation is {to, label}: the second one, typed and unlabelled, has no version-1 form.
    ObjectNode patient = at(d, "/positionPractices/1");
    patient.remove("relations");
    ((ObjectNode) at(d, "/positionPractices/0").withArray("relations").get(0))
        .remove(List.of("type", "strength", "trust"));
    ObjectNode cycle = (ObjectNode) d.withArray("cycles").get(0);
    cycle.remove("by");
    cycle.remove("bracket");
    ((ObjectNode) cycle.withArray("agency").get(0)).remove("by");
    ((ObjectNode) cycle.withArray("external").get(0)).remove(List.of("by", "sacrifices", "lacking"));
    ((ObjectNode) cycle.withArray("outcomes").get(0)).remove("by");
    d.withArray("evidence").forEach(e -> {
      ObjectNode o = (ObjectNode) e;
      o.remove("kind");
      JsonNode by = o.remove("by");
      if (by != null) {
        o.set("analyst", by);
      }
    });
    return d;
  }

  static Set<ValidationMessage> schemaProblems(String version, JsonNode doc) {
    return SCHEMAS.get(version).validate(doc);
  }

  /** The reader's problems with a document: empty when it reads. */
  static List<Problem> javaProblems(JsonNode doc) {
    try {
      CaseFiles.read(doc.toString(), CaseFormat.JSON, "case.json");
      return List.of();
    } catch (CaseFileException e) {
      assertFalse(e.problems().isEmpty());
      return e.problems();
    }
  }

  static void bothAccept(String version, JsonNode doc) {
    Set<ValidationMessage> schema = schemaProblems(version, doc);
    assertTrue(schema.isEmpty(), () -> "sst-case-" + version + ".schema.json refused it: " + schema);
    List<Problem> java = javaProblems(doc);
    assertTrue(java.isEmpty(), () -> "the reader refused it: " + java);
  }

  /**
   * The schema's problems with the mapping that holds the key at a reader's {@code path} (or with its value): for
   * {@code evidence[0].kind}, those located at or below {@code /evidence/0}.
   */
  static List<ValidationMessage> schemaProblemsAt(String version, JsonNode doc, String path) {
    int dot = path.lastIndexOf('.');
    String holder = dot < 0 ? "" : "/" + path.substring(0, dot).replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
    return schemaProblems(version, doc).stream()
        .filter(m -> {
          String at = m.getInstanceLocation().toString();
          return at.equals(holder) || at.startsWith(holder + "/");
        })
        .collect(Collectors.toList());
  }

  /** The schema of the version refuses the document there, and the reader refuses it with a problem at {@code path}. */
  static void bothRefuse(String version, JsonNode doc, String path) {
    List<ValidationMessage> schema = schemaProblemsAt(version, doc, path);
    assertFalse(schema.isEmpty(), () -> "sst-case-" + version + ".schema.json accepted " + doc + " (or found problems "
        + "elsewhere only: " + schemaProblems(version, doc) + ")");
    List<Problem> java = javaProblems(doc);
    assertTrue(java.stream().anyMatch(p -> p.path().equals(path)),
        () -> "the reader has no problem at " + path + ": " + java);
  }

  /** A codebook {id: qda, label: Codes} added to the document (with no concepts yet). */
  static ObjectNode codebook(ObjectNode d) {
    return d.withArray("codebooks").addObject().put("id", "qda").put("label", "Codes");
  }

  static ObjectNode at(JsonNode doc, String pointer) {
    JsonNode n = doc.at(pointer);
    assertTrue(n.isObject(), pointer);
    return (ObjectNode) n;
  }

  // ------------------------------------------------------------------------------------------- version 2

  @Test
  void aVersionTwoDocumentWithKindsAuthorsByAndTextValidates() {
    ObjectNode d = v2();
    bothAccept("2", d);
    Case c = CaseFiles.read(d.toString(), CaseFormat.JSON, "case.json");
    assertEquals(2, c.authors().size());
    assertEquals(Optional.of("0000-0002-1694-233X"), c.analysts().get(0).orcid());
    assertEquals(SourceType.PUBLICATION, c.sources().get(0).type());
    assertEquals(Optional.of("texts/paper.txt"), c.sources().get(0).text());
    assertEquals(Optional.of(EvidenceKind.PARTICIPANT), c.evidence().get(0).kind());
    assertEquals(Optional.of("an1"), c.evidence().get(0).by());
    assertEquals(Optional.of("an1"), c.cycles().get(0).by());
    assertEquals(Optional.of("an2"), c.cycles().get(0).external().get(0).by());
    assertEquals(Optional.of("an2"), c.cycles().get(0).outcomes().get(0).by());
    assertEquals(OntologyLevel.MESO, c.level());
    assertEquals(Optional.of(Bracket.CONDUCT), c.cycles().get(0).bracket());
    assertEquals(List.of("gp"), c.cycles().get(0).agency().get(0).by());
    Condition policy = c.cycles().get(0).external().get(0);
    assertEquals(List.of("keeping the practice's income"), policy.sacrifices());
    assertEquals(List.of(Lacking.POWER, Lacking.CRITICAL_DISTANCE), policy.lacking());
  }

  static Stream<Arguments> versionTwoAcceptances() {
    List<Arguments> out = new ArrayList<>();
    for (String code : CodeListValue.codes(OntologyLevel.class)) {
      out.add(acceptance("level: " + code, d -> d.put("level", code)));
    }
    for (String code : CodeListValue.codes(Bracket.class)) {
      out.add(acceptance("bracket: " + code, d -> at(d, "/cycles/0").put("bracket", code)));
    }
    for (String code : CodeListValue.codes(Lacking.class)) {
      out.add(acceptance("lacking: [" + code + "] alone", d -> {
        ObjectNode e = at(d, "/cycles/0/external/0");
        e.remove("sacrifices");
        e.putArray("lacking").add(code);
      }));
    }
    out.add(acceptance("sacrifices without lacking", d -> at(d, "/cycles/0/external/0").remove("lacking")));
    out.add(acceptance("no level, bracket or agency by (the defaults)", d -> {
      d.remove("level");
      at(d, "/cycles/0").remove("bracket");
      at(d, "/cycles/0/agency/0").remove("by");
    }));
    out.add(acceptance("an empty agency by", d -> at(d, "/cycles/0/agency/0").putArray("by")));
    out.add(acceptance("a concept with a definition of two lines", d -> codebook(d).withArray("concepts")
        .addObject().put("id", "own-doctor").put("label", "Own doctor")
        .put("definition", "Seeing the doctor one knows.\nNot a locum.")));
    out.add(acceptance("empty sacrifices and lacking on an independent influence", d -> {
      ObjectNode e = at(d, "/cycles/0/external/0");
      e.put("force", "independent-influence");
      e.putArray("sacrifices");
      e.putArray("lacking");
    }));
    out.add(acceptance("members of a collective agent-in-focus acting", d -> {
      ArrayNode agents = d.withArray("agents");
      agents.addObject().put("id", "team").put("label", "Team").put("type", "collective");
      agents.addObject().put("id", "nurse").put("label", "Nurse").put("type", "individual").putArray("memberOf")
          .add("team");
      ((ObjectNode) agents.get(0)).putArray("memberOf").add("team");
      ObjectNode cycle = at(d, "/cycles/0");
      cycle.put("agentInFocus", "team");
      cycle.withArray("internal").removeAll();
      at(d, "/cycles/0/agency/0").putArray("by").add("gp").add("nurse");
      d.withArray("evidence").forEach(e -> {
        ArrayNode supports = (ArrayNode) e.get("supports");
        for (int i = supports.size() - 1; i >= 0; i--) {
          if (supports.get(i).asText().equals("c1/know")) {
            supports.set(i, JSON.getNodeFactory().textNode("know"));
          }
        }
      });
    }));
    return out.stream();
  }

  private static Arguments acceptance(String name, Consumer<ObjectNode> change) {
    return Arguments.of(name, change);
  }

  @ParameterizedTest(name = "version 2 accepts {0}")
  @MethodSource("versionTwoAcceptances")
  void versionTwoAccepts(String name, Consumer<ObjectNode> change) {
    ObjectNode d = v2();
    change.accept(d);
    bothAccept("2", d);
  }

  @Test
  void versionOneSchemaRefusesAVersionTwoDocumentAndTheOtherWayRound() {
    assertFalse(schemaProblems("1", v2()).isEmpty(), "sst-case-1.schema.json accepted a version-2 document");
    assertFalse(schemaProblems("2", v1()).isEmpty(), "sst-case-2.schema.json accepted a version-1 document");
    ObjectNode says1 = v2();
    says1.put("sst", "1");
    assertFalse(schemaProblems("2", says1).isEmpty(), "sst-case-2.schema.json accepted sst: \"1\"");
    ObjectNode says2 = v1();
    says2.put("sst", "2");
    assertFalse(schemaProblems("1", says2).isEmpty(), "sst-case-1.schema.json accepted sst: \"2\"");
  }

  static Stream<Arguments> versionTwoRefusals() {
    return Stream.of(
        refusal("evidence without kind", "evidence[0].kind", d -> at(d, "/evidence/0").remove("kind")),
        refusal("evidence with analyst", "evidence[0].analyst", d -> {
          ObjectNode e = at(d, "/evidence/0");
          e.set("analyst", e.remove("by"));
        }),
        refusal("evidence with analyst beside by", "evidence[0].analyst", d -> at(d, "/evidence/0").put("analyst", "an2")),
        refusal("evidence of no known kind", "evidence[1].kind", d -> at(d, "/evidence/1").put("kind", "interview")),
        refusal("participant evidence with a note and no quote", "evidence[0].quote", d -> {
          ObjectNode e = at(d, "/evidence/0");
          e.remove("quote");
          e.put("note", "They said they just do it.");
        }),
        refusal("participant evidence with a blank quote", "evidence[0].quote", d -> at(d, "/evidence/0").put("quote", " ")),
        refusal("an internal entry with by", "cycles[0].internal[0].by", d -> {
          ArrayNode internal = at(d, "/cycles/0").withArray("internal");
          internal.removeAll();
          internal.addObject().put("ref", "know").put("by", "an1");
        }),
        refusal("an agency whose by is one id, not a list", "cycles[0].agency[0].by",
            d -> at(d, "/cycles/0/agency/0").put("by", "gp")),
        refusal("a level of no known kind", "level", d -> d.put("level", "in-general")),
        refusal("a level that is a scale", "level", d -> d.put("level", "micro")),
        refusal("a bracket of no known kind", "cycles[0].bracket", d -> at(d, "/cycles/0").put("bracket", "agent")),
        refusal("lacking: [courage]", "cycles[0].external[0].lacking[0]",
            d -> at(d, "/cycles/0/external/0").putArray("lacking").add("courage")),
        refusal("lacking one word, not a list", "cycles[0].external[0].lacking",
            d -> at(d, "/cycles/0/external/0").put("lacking", "power")),
        refusal("lacking named twice", "cycles[0].external[0].lacking",
            d -> at(d, "/cycles/0/external/0").putArray("lacking").add("power").add("knowledge").add("power")),
        refusal("sacrifices one text, not a list", "cycles[0].external[0].sacrifices",
            d -> at(d, "/cycles/0/external/0").put("sacrifices", "keeping the practice's income")),
        // The reader refuses sacrifices and lacking on an entry whose force is not irresistible-force; the schema
        // says so with if/then on force, so both refuse each of these.
        refusal("sacrifices on an independent influence", "cycles[0].external[0].sacrifices",
            d -> at(d, "/cycles/0/external/0").put("force", "independent-influence")),
        refusal("sacrifices with no force", "cycles[0].external[0].sacrifices", d -> {
          ObjectNode e = at(d, "/cycles/0/external/0");
          e.remove("force");
          e.remove("lacking");
        }),
        refusal("lacking on an independent influence", "cycles[0].external[0].lacking", d -> {
          ObjectNode e = at(d, "/cycles/0/external/0");
          e.put("force", "independent-influence");
          e.remove("sacrifices");
        }),
        refusal("lacking with no force", "cycles[0].external[0].lacking", d -> {
          ObjectNode e = at(d, "/cycles/0/external/0");
          e.remove("force");
          e.remove("sacrifices");
        }),
        refusal("lacking on a material entry that is no force", "cycles[0].material[0].lacking",
            d -> at(d, "/cycles/0").withArray("material").addObject().put("ref", "policy").putArray("lacking")
                .add("knowledge")),
        refusal("an author with no name", "authors[1].name", d -> at(d, "/authors/1").remove("name")),
        refusal("an author with an id", "authors[1].id", d -> at(d, "/authors/1").put("id", "ben")),
        refusal("an ORCID iD written as a URL", "authors[0].orcid",
            d -> at(d, "/authors/0").put("orcid", "https://orcid.org/0000-0002-1825-0097")),
        refusal("an ORCID iD one digit short", "analysts[0].orcid",
            d -> at(d, "/analysts/0").put("orcid", "0000-0002-1694-233")),
        refusal("an absolute text", "sources[0].text", d -> at(d, "/sources/0").put("text", "/etc/paper.txt")),
        refusal("a text that goes up", "sources[0].text", d -> at(d, "/sources/0").put("text", "texts/../../paper.txt")),
        refusal("a text with a backslash", "sources[0].text", d -> at(d, "/sources/0").put("text", "texts\\paper.txt")),
        refusal("a text that is a URL", "sources[0].text", d -> at(d, "/sources/0").put("text", "https://x.org/p.txt")),
        refusal("a blank text", "sources[0].text", d -> at(d, "/sources/0").put("text", "  ")),
        refusal("a relation with no type", "positionPractices[0].relations[0].type",
            d -> at(d, "/positionPractices/0/relations/0").remove("type")),
        refusal("a relation of no known type", "positionPractices[0].relations[0].type",
            d -> at(d, "/positionPractices/0/relations/0").put("type", "care-for")),
        refusal("a relation of type other with no label", "positionPractices[1].relations[0].label",
            d -> at(d, "/positionPractices/1/relations/0").put("type", "other")),
        refusal("a strength outside low, medium, high", "positionPractices[0].relations[0].strength",
            d -> at(d, "/positionPractices/0/relations/0").put("strength", "very high")),
        refusal("a trust outside low, medium, high", "positionPractices[0].relations[0].trust",
            d -> at(d, "/positionPractices/0/relations/0").put("trust", "3")),
        refusal("a blank definition", "codebooks[0].concepts[0].definition",
            d -> codebook(d).withArray("concepts").addObject().put("id", "access").put("label", "Access")
                .put("definition", " \n")),
        refusal("two definitions in a list", "codebooks[0].concepts[0].definition",
            d -> codebook(d).withArray("concepts").addObject().put("id", "access").put("label", "Access")
                .putArray("definition").add("One.").add("Two.")));
  }

  private static Arguments refusal(String name, String path, Consumer<ObjectNode> change) {
    return Arguments.of(name, path, change);
  }

  @ParameterizedTest(name = "version 2 refuses {0}")
  @MethodSource("versionTwoRefusals")
  void versionTwoRefuses(String name, String path, Consumer<ObjectNode> change) {
    ObjectNode d = v2();
    change.accept(d);
    bothRefuse("2", d, path);
  }

  @Test
  void theSchemaLeavesTheOrcidCheckDigitToTheReader() {
    ObjectNode d = v2();
    at(d, "/authors/0").put("orcid", "0000-0002-1825-0098");
    assertTrue(schemaProblems("2", d).isEmpty(), "the pattern is the shape only");
    assertTrue(javaProblems(d).stream().anyMatch(p -> p.path().equals("authors[0].orcid")));
  }

  @Test
  void theSchemaLeavesWhoMayActToTheReader() {
    // Whether an actor is the agent-in-focus or a member of it is a check of references, not of shape.
    ObjectNode d = v2();
    d.withArray("agents").addObject().put("id", "nurse").put("label", "Nurse").put("type", "individual");
    at(d, "/cycles/0/agency/0").putArray("by").add("gp").add("nurse");
    assertTrue(schemaProblems("2", d).isEmpty(), "the schema checks that by is a list of ids only");
    assertTrue(javaProblems(d).stream().anyMatch(p -> p.path().equals("cycles[0].agency[0].by[1]")));
  }

  @ParameterizedTest(name = "text name \"{0}\"")
  @ValueSource(strings = {"paper.txt", "texts/paper.txt", "a/b/c.txt", "./paper.txt", "a/./b", "..a", "a..",
      "a/..b/c", "...", ".", "dir with spaces/x y.txt", " x", "x ", "\u00e9tude.txt", "",
      " ", "\t", "/paper.txt", "//x", "a//b", "a/", "..", "../x", "a/..", "a/../b", "a\\b", "\\x", "c:x", "C:/x",
      "https://example.org/x.txt", "a:b/c", "a/b:c"})
  void aTextNameIsRefusedByTheSchemaExactlyWhenTheReaderRefusesIt(String name) {
    ObjectNode d = v2();
    at(d, "/sources/0").put("text", name);
    boolean schemaRefuses = !schemaProblemsAt("2", d, "sources[0].text").isEmpty();
    assertEquals(TextNames.problem(name).isPresent(), schemaRefuses,
        () -> "TextNames says " + TextNames.problem(name) + ", the schema " + schemaProblems("2", d));
    assertEquals(schemaRefuses, javaProblems(d).stream().anyMatch(p -> p.path().equals("sources[0].text")));
  }

  // ------------------------------------------------------------------------------------------- version 1

  @Test
  void theVersionOneFormOfTheCaseValidates() {
    bothAccept("1", v1());
  }

  static Stream<Arguments> versionOneRefusals() {
    return Stream.of(
        refusal("authors", "authors", d -> d.withArray("authors").addObject().put("name", "Ann Author")),
        refusal("an analyst's orcid", "analysts[0].orcid",
            d -> at(d, "/analysts/0").put("orcid", "0000-0002-1825-0097")),
        refusal("a source's text", "sources[0].text", d -> at(d, "/sources/0").put("text", "texts/paper.txt")),
        refusal("an evidence kind", "evidence[0].kind", d -> at(d, "/evidence/0").put("kind", "participant")),
        refusal("evidence with by", "evidence[0].by", d -> {
          ObjectNode e = at(d, "/evidence/0");
          e.set("by", e.remove("analyst"));
        }),
        refusal("a cycle with by", "cycles[0].by", d -> at(d, "/cycles/0").put("by", "an1")),
        refusal("an external entry with by", "cycles[0].external[0].by",
            d -> at(d, "/cycles/0/external/0").put("by", "an1")),
        refusal("an outcome with by", "cycles[0].outcomes[0].by", d -> at(d, "/cycles/0/outcomes/0").put("by", "an1")),
        refusal("a level", "level", d -> d.put("level", "general")),
        refusal("a bracket", "cycles[0].bracket", d -> at(d, "/cycles/0").put("bracket", "both")),
        refusal("a cycle's drawsOn", "cycles[0].drawsOn", d -> at(d, "/cycles/0").putArray("drawsOn").add("gp")),
        refusal("a list of holders", "structures[1].internalTo",
            d -> at(d, "/structures/1").putArray("internalTo").add("gp")),
        refusal("an agency with by", "cycles[0].agency[0].by",
            d -> at(d, "/cycles/0/agency/0").putArray("by").add("gp")),
        refusal("sacrifices", "cycles[0].external[0].sacrifices",
            d -> at(d, "/cycles/0/external/0").putArray("sacrifices").add("keeping the practice's income")),
        refusal("lacking", "cycles[0].external[0].lacking",
            d -> at(d, "/cycles/0/external/0").putArray("lacking").add("power")),
        refusal("lacking: [courage]", "cycles[0].external[0].lacking",
            d -> at(d, "/cycles/0/external/0").putArray("lacking").add("courage")),
        refusal("a relation's type", "positionPractices[0].relations[0].type",
            d -> at(d, "/positionPractices/0/relations/0").put("type", "cares-for")),
        refusal("a relation's strength", "positionPractices[0].relations[0].strength",
            d -> at(d, "/positionPractices/0/relations/0").put("strength", "high")),
        refusal("a relation's trust", "positionPractices[0].relations[0].trust",
            d -> at(d, "/positionPractices/0/relations/0").put("trust", "low")),
        refusal("a concept's definition", "codebooks[0].concepts[0].definition",
            d -> codebook(d).withArray("concepts").addObject().put("id", "access").put("label", "Access")
                .put("definition", "Getting to see a doctor.")));
  }

  @ParameterizedTest(name = "version 1 refuses {0}")
  @MethodSource("versionOneRefusals")
  void versionOneRefuses(String name, String path, Consumer<ObjectNode> change) {
    ObjectNode d = v1();
    change.accept(d);
    bothRefuse("1", d, path);
  }

  // --------------------------------------------------------------------------------- the reader's key lists

  /** A shape of the schema, where its properties are, and the reader's key list for it in each version. */
  static Stream<Arguments> shapes() {
    return Stream.of(
        shape("the case", "", "CASE_KEYS", "authors,level"),
        shape("an author", "/$defs/author", "AUTHOR_KEYS", null),
        shape("an analyst", "/$defs/analyst", "ANALYST_KEYS", "orcid"),
        shape("a source", "/$defs/source", "SOURCE_KEYS", "text"),
        shape("an agent", "/$defs/agent", "AGENT_KEYS", ""),
        shape("a position-practice", "/$defs/positionPractice", "PP_KEYS", ""),
        shape("a structure", "/$defs/structure", "STRUCTURE_KEYS", ""),
        shape("a relation", "/$defs/relation", "RELATION_KEYS", "type,strength,trust"),
        shape("a cycle", "/$defs/cycle", "CYCLE_KEYS", "by,bracket,drawsOn"),
        shape("an agency", "/$defs/agency", "AGENCY_KEYS", "by"),
        shape("a condition entry", "/$defs/condition/anyOf/1", "CONDITION_KEYS", "by,sacrifices,lacking"),
        shape("an internal entry", "/$defs/internalEntry/anyOf/1", "INTERNAL_KEYS", ""),
        shape("an outcome entry", "/$defs/outcome/anyOf/1", "OUTCOME_KEYS", "by"),
        shape("evidence", "/$defs/evidence", "EVIDENCE_KEYS", "v1:EVIDENCE_KEYS_V1"),
        shape("a codebook", "/$defs/codebook", "CODEBOOK_KEYS", ""),
        shape("a concept", "/$defs/concept", "CONCEPT_KEYS", "definition"));
  }

  /**
   * @param v2only the keys version 2 adds to the shape, separated by commas ("" for none, null if the shape is
   *     version 2's only), or
   *     {@code v1:FIELD} for a shape whose version-1 keys are a list of their own
   */
  private static Arguments shape(String what, String pointer, String field, String v2only) {
    return Arguments.of(what, pointer, field, v2only);
  }

  @ParameterizedTest(name = "{0} has the reader's keys in both versions")
  @MethodSource("shapes")
  void theSchemasAllowExactlyTheKeysTheReaderReads(String what, String pointer, String field, String v2only)
      throws ReflectiveOperationException {
    Set<String> reader = keys(field);
    assertEquals(reader, properties("2", pointer), what + ": sst-case-2.schema.json and CaseBinder." + field);
    if (v2only == null) {
      assertTrue(schemaNode("1").at(pointer).isMissingNode(), what + " is a shape of version 2 only");
      return;
    }
    Set<String> v1 = new TreeSet<>(reader);
    if (v2only.startsWith("v1:")) {
      v1 = keys(v2only.substring(3));
    } else if (!v2only.isEmpty()) {
      for (String key : v2only.split(",")) {
        assertTrue(v1.remove(key), () -> key + " is not a key of CaseBinder." + field);
      }
    }
    assertEquals(v1, properties("1", pointer), what + ": sst-case-1.schema.json");
  }

  private static JsonNode schemaNode(String version) {
    return SchemaSelfTest.schema(version);
  }

  private static Set<String> properties(String version, String pointer) {
    JsonNode props = schemaNode(version).at(pointer + "/properties");
    assertTrue(props.isObject(), () -> "no " + pointer + "/properties in version " + version);
    Set<String> out = new TreeSet<>();
    props.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Set<String> keys(String field) throws ReflectiveOperationException {
    Field f = CaseBinder.class.getDeclaredField(field);
    f.setAccessible(true);
    return ((List<String>) f.get(null)).stream().collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void theKeyListsAreAllChecked() {
    List<String> lists = new ArrayList<>();
    for (Field f : CaseBinder.class.getDeclaredFields()) {
      if (f.getName().endsWith("_KEYS") || f.getName().endsWith("_KEYS_V1")) {
        lists.add(f.getName());
      }
    }
    List<String> checked = shapes().flatMap(a -> {
      Object[] args = a.get();
      String v1 = (String) args[3];
      return v1 != null && v1.startsWith("v1:") ? Stream.of((String) args[2], v1.substring(3))
          : Stream.of((String) args[2]);
    }).collect(Collectors.toList());
    assertEquals(new TreeSet<>(lists), new TreeSet<>(checked), "every key list of CaseBinder is mirrored");
  }
}
