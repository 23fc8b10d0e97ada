package org.sstlib.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link StudyCrate}: what a crate holds, what its metadata says, and that it is the same bytes every time. */
class StudyCrateTest {
  @TempDir Path dir;

  /** The crate of every example case, made once: it takes seconds. */
  private static StudyCrate examples;

  private static synchronized StudyCrate examples() {
    if (examples == null) {
      examples = ExampleCases.crate(ExampleCases.all());
    }
    return examples;
  }

  @Test
  void everyExampleCaseGoesIntoOneCrateThatPassesItsCheck() throws IOException {
    List<Path> examples = ExampleCases.all();
    assertEquals(9, examples.size(), "the nine example cases");
    StudyCrate crate = examples();
    assertEquals(9, crate.cases().size());
    for (Path file : examples) {
      String path = "cases/" + file.getFileName();
      assertArrayEquals(Files.readAllBytes(file), crate.bytes(path), path + ": the case file byte for byte");
    }
    for (String path : List.of("rdf/hughes-2022.ttl", "rdf/cases.trig", "rdf/cases.jsonld", "vocabulary/sst.ttl",
        "vocabulary/sst-shapes.ttl", "report.html", StudyCrate.METADATA, StudyCrate.METADATA_SHA256)) {
      assertTrue(crate.paths().contains(path), path);
    }
    Path zip = dir.resolve("study.zip");
    try (var out = Files.newOutputStream(zip)) {
      crate.writeZip(out);
    }
    CrateReport report = CrateCheck.check(zip);
    assertTrue(report.isValid(), report.problems().toString());
    assertEquals(crate.paths().size(), report.files());
    assertEquals(9, report.caseIds().size());

    Path folder = dir.resolve("study");
    crate.writeDirectory(folder);
    assertTrue(CrateCheck.check(folder).isValid(), CrateCheck.check(folder).problems().toString());
  }

  @Test
  void theSameInputGivesTheSameBytes() throws IOException {
    byte[] first = zip(examples());
    byte[] second = zip(ExampleCases.crate(ExampleCases.all()));
    assertArrayEquals(first, second, "the zip of the same cases, made twice");
    // And the entries are in path order, each stamped with the crate's date at midnight.
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(first))) {
      String before = "";
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        assertTrue(e.getName().compareTo(before) > 0, e.getName() + " after " + before);
        assertEquals(ExampleCases.DATE.atStartOfDay(), e.getTimeLocal(), e.getName());
        before = e.getName();
      }
    }
  }

  @Test
  void theMetadataDescribesTheDatasetEveryFileAndHowItWasMade() throws IOException {
    StudyCrate crate = ExampleCases.crate(List.of(ExampleCases.REFERENCE));
    JsonNode doc = new ObjectMapper().readTree(crate.bytes(StudyCrate.METADATA));
    assertEquals("https://w3id.org/ro/crate/1.2/context", doc.get("@context").asText());
    Map<String, JsonNode> byId = new HashMap<>();
    doc.get("@graph").forEach(e -> byId.put(e.get("@id").asText(), e));
    JsonNode descriptor = byId.get(StudyCrate.METADATA);
    assertEquals("https://w3id.org/ro/crate/1.2", descriptor.get("conformsTo").get("@id").asText());
    JsonNode root = byId.get(descriptor.get("about").get("@id").asText());
    assertEquals("Dataset", root.get("@type").asText());
    assertEquals(crate.cases().get(0).title(), root.get("name").asText());
    assertEquals("2026-01-15", root.get("datePublished").asText());
    assertEquals("#license-not-stated", root.get("license").get("@id").asText(), "no licence given: said so");
    assertTrue(root.get("keywords").toString().contains("Strong Structuration Theory"));
    JsonNode study = byId.get("https://doi.org/10.1111/1467-9566.13398");
    assertEquals("ScholarlyArticle", study.get("@type").asText(), "the study analysed, by its DOI");
    assertTrue(root.get("citation").toString().contains("https://doi.org/10.1111/1467-9566.13398"));
    assertTrue(study.get("author").size() >= 3, "the study's authors: " + study);
    for (String path : crate.paths()) {
      if (path.equals(StudyCrate.METADATA)) {
        continue;
      }
      JsonNode file = byId.get(path);
      assertEquals("File", file.get("@type").asText(), path);
      assertEquals(Integer.toString(crate.bytes(path).length), file.get("contentSize").asText(), path);
      assertTrue(file.get("encodingFormat").asText().contains("/"), path);
      if (!path.equals(StudyCrate.METADATA_SHA256)) {
        assertEquals(CrateFile.sha256(crate.bytes(path)), file.get("sha256").asText(), path);
      }
      assertTrue(root.get("hasPart").toString().contains("\"" + path + "\""), path);
    }
    JsonNode action = byId.get("#sst-archive");
    assertEquals("CreateAction", action.get("@type").asText());
    assertEquals("#sst", action.get("instrument").get("@id").asText());
    assertEquals("cases/hughes-2022.yaml", action.get("object").get(0).get("@id").asText());
    assertTrue(action.get("result").toString().contains("rdf/hughes-2022.ttl"));
    assertEquals("0.1.0-test", byId.get("#sst").get("version").asText());
  }

  @Test
  void aLicenceGivenIsTheCratesAndAnAnalystsOrcidIsTheirId() throws IOException {
    String yaml = Files.readString(ExampleCases.TOUR).replace("{id: you, name: Your Name}",
        "{id: you, name: Your Name, orcid: 0000-0002-1825-0097}");
    StudyCrate crate = StudyCrate.builder("1", ExampleCases.DATE).caseFile("tiny.yaml",
        yaml.getBytes(StandardCharsets.UTF_8)).license("https://creativecommons.org/licenses/by/4.0/").build();
    JsonNode doc = new ObjectMapper().readTree(crate.bytes(StudyCrate.METADATA));
    Map<String, JsonNode> byId = new HashMap<>();
    doc.get("@graph").forEach(e -> byId.put(e.get("@id").asText(), e));
    JsonNode root = byId.get("./");
    assertEquals("https://creativecommons.org/licenses/by/4.0/", root.get("license").get("@id").asText());
    assertEquals("https://orcid.org/0000-0002-1825-0097", root.get("author").get(0).get("@id").asText());
    assertEquals("Your Name", byId.get("https://orcid.org/0000-0002-1825-0097").get("name").asText());
    assertFalse(crate.paths().contains(StudyCrate.TEXTS_LEFT_OUT), "no text was named as left out");
  }

  @Test
  void aCaseThatDoesNotValidateMakesNoCrateAndEveryProblemIsNamed() throws IOException {
    String yaml = Files.readString(ExampleCases.TOUR).replace("agentInFocus: nurse", "agentInFocus: nobody");
    StudyCrate.Builder builder = StudyCrate.builder("1", ExampleCases.DATE)
        .caseFile("broken.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    ArchiveException e = assertThrows(ArchiveException.class, builder::build);
    assertTrue(e.problems().stream().allMatch(p -> p.toString().startsWith("broken.yaml")), e.problems().toString());
    assertTrue(e.problems().toString().contains("nobody"), e.problems().toString());
  }

  @Test
  void twoCaseFilesOfOneNameAreRefused() throws IOException {
    byte[] bytes = Files.readAllBytes(ExampleCases.REFERENCE);
    StudyCrate.Builder builder = StudyCrate.builder("1", ExampleCases.DATE).caseFile("a.yaml", bytes)
        .caseFile("a.yaml", bytes);
    ArchiveException e = assertThrows(ArchiveException.class, builder::build);
    assertTrue(e.problems().toString().contains("two case files are named 'a.yaml'"), e.problems().toString());
  }

  @Test
  void textsGivenAreIncludedAndTextsLeftOutAreNamedInANote() throws IOException {
    byte[] text = Files.readAllBytes(ExampleCases.TOUR.resolveSibling("transcripts/int-07.txt"));
    StudyCrate crate = StudyCrate.builder("1", ExampleCases.DATE)
        .caseFile("home-visits.yaml", Files.readAllBytes(ExampleCases.TOUR))
        .text("transcripts/int-07.txt", text)
        .textLeftOut("field-notes.txt", "its licence is not known to sst")
        .build();
    assertArrayEquals(text, crate.bytes("texts/transcripts/int-07.txt"));
    String note = new String(crate.bytes(StudyCrate.TEXTS_LEFT_OUT), StandardCharsets.UTF_8);
    assertTrue(note.contains("- field-notes.txt: its licence is not known to sst"), note);
    String metadata = new String(crate.bytes(StudyCrate.METADATA), StandardCharsets.UTF_8);
    assertTrue(metadata.contains("\"#text-field-notes.txt\""), "the text left out, as a File of local id");
    Path folder = dir.resolve("crate");
    crate.writeDirectory(folder);
    assertTrue(CrateCheck.check(folder).isValid(), CrateCheck.check(folder).problems().toString());
  }

  @Test
  void pathsAreWrittenAsRelativeIdsAndReadBack() {
    assertEquals("texts/int%2007%25.txt", CratePaths.toId("texts/int 07%.txt"));
    assertEquals("texts/int 07%.txt", CratePaths.fromId("texts/int%2007%25.txt").orElseThrow());
    assertEquals("texts/面试.txt", CratePaths.toId("texts/面试.txt"));
    assertTrue(CratePaths.fromId("bad%2").isEmpty());
    for (String bad : List.of("", "/etc/passwd", "../x", "a/../b", "a//b", "C:/x", "a\\b", "a/./b")) {
      assertTrue(CratePaths.problem(bad).isPresent(), bad);
    }
  }

  private static byte[] zip(StudyCrate crate) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    crate.writeZip(out);
    return out.toByteArray();
  }
}
