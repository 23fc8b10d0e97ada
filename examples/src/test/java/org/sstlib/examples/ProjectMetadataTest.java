package org.sstlib.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * What the repository says about itself agrees with the build: {@code CITATION.cff} is a Citation File Format 1.2.0
 * file of this version under the project's licence, and the README's Maven and Gradle coordinates name this
 * version and modules that exist.
 */
class ProjectMetadataTest {
  private static final Path ROOT = Path.of("..");
  // The keys CFF 1.2.0 allows at the top level of a file (its schema's root "properties").
  private static final Set<String> CFF_KEYS = Set.of("abstract", "authors", "cff-version", "commit", "contact",
      "date-released", "doi", "identifiers", "keywords", "license", "license-url", "message", "preferred-citation",
      "references", "repository", "repository-artifact", "repository-code", "title", "type", "url", "version");

  /** The project's version, from the parent pom. */
  private static String pomVersion() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element project = factory.newDocumentBuilder().parse(ROOT.resolve("pom.xml").toFile()).getDocumentElement();
    for (var node = project.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals("version")) {
        return element.getTextContent().strip();
      }
    }
    throw new AssertionError("pom.xml: no version");
  }

  @Test
  void citationFileIsCff120OfThisVersion() throws Exception {
    JsonNode cff = new YAMLMapper().readTree(ROOT.resolve("CITATION.cff").toFile());

    List<String> keys = new ArrayList<>();
    cff.fieldNames().forEachRemaining(keys::add);
    assertTrue(CFF_KEYS.containsAll(keys), "keys CFF 1.2.0 does not have: " + keys);
    assertTrue(keys.containsAll(List.of("authors", "cff-version", "message", "title")), "required keys: " + keys);
    assertEquals("1.2.0", cff.get("cff-version").asText());
    assertEquals("software", cff.get("type").asText());
    assertEquals(pomVersion(), cff.get("version").asText());
    assertEquals("Apache-2.0", cff.get("license").asText());
    // No named people: one entity author (an entity has a name, a person family and given names).
    assertEquals(1, cff.get("authors").size());
    assertEquals("The sst developers", cff.get("authors").get(0).get("name").asText());
    for (JsonNode reference : cff.get("references")) {
      assertTrue(reference.has("authors") && reference.has("title") && reference.has("type"), reference.toString());
    }
  }

  @Test
  void readmeCoordinatesNameThisVersionAndExistingModules() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    String version = pomVersion();

    Matcher maven = Pattern.compile("<groupId>org\\.sstlib</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*"
        + "<version>([^<]+)</version>").matcher(readme);
    Matcher gradle = Pattern.compile("\"org\\.sstlib:([^:\"]+):([^\"]+)\"").matcher(readme);
    int found = 0;
    for (Matcher coordinates : List.of(maven, gradle)) {
      while (coordinates.find()) {
        found++;
        assertEquals(version, coordinates.group(2), coordinates.group());
        String artifact = coordinates.group(1);
        assertTrue(Files.isRegularFile(ROOT.resolve(artifact).resolve("pom.xml")), "no module " + artifact);
      }
    }
    assertTrue(found >= 2, "README.md: the Maven and Gradle coordinates are gone");
    assertTrue(readme.contains("the version `" + version + "`"), "README.md: the version in words");
  }
}
