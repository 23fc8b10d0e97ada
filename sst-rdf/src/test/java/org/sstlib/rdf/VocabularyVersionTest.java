package org.sstlib.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The vocabulary says which version it is and under what licence, and its version is the library's: the
 * ontology's {@code owl:versionInfo} is the version of the build without {@code -SNAPSHOT}, its
 * {@code owl:versionIRI} is {@code https://w3id.org/sst/VERSION} (the namespace itself stays unversioned), and its
 * {@code dcterms:license} is the Apache License 2.0, the project's.
 */
class VocabularyVersionTest {
  private static final String ONTOLOGY = "https://w3id.org/sst";

  private static Model vocabulary() throws IOException {
    Model model = ModelFactory.createDefaultModel();
    try (InputStream in = VocabularyVersionTest.class.getResourceAsStream("/org/sstlib/rdf/sst.ttl")) {
      RDFParser.source(in).lang(Lang.TURTLE).parse(model);
    }
    return model;
  }

  /** The version in this module's pom (its parent's, which every module shares). */
  private static String pomVersion() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element project = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile()).getDocumentElement();
    Element parent = (Element) project.getElementsByTagName("parent").item(0);
    return parent.getElementsByTagName("version").item(0).getTextContent().strip();
  }

  private static List<RDFNode> objects(Model model, org.apache.jena.rdf.model.Property property) {
    return model.listObjectsOfProperty(model.createResource(ONTOLOGY), property).toList();
  }

  @Test
  void versionInfoIsThePomsVersion() throws Exception {
    Model model = vocabulary();
    List<RDFNode> versions = objects(model, OWL.versionInfo);

    assertEquals(1, versions.size(), versions.toString());
    assertEquals(pomVersion().replaceFirst("-SNAPSHOT$", ""), versions.get(0).asLiteral().getString());
  }

  @Test
  void versionIriNamesThatVersionUnderTheNamespace() throws Exception {
    Model model = vocabulary();
    String version = objects(model, OWL.versionInfo).get(0).asLiteral().getString();

    assertEquals(List.of(model.createResource(ONTOLOGY + "/" + version)), objects(model, OWL.versionIRI));
    assertTrue(model.contains(model.createResource("https://w3id.org/sst#Cycle"), null),
        "the terms keep the unversioned namespace");
  }

  @Test
  void licenceIsApache2() throws Exception {
    Model model = vocabulary();
    Resource apache = model.createResource("https://www.apache.org/licenses/LICENSE-2.0");

    assertEquals(List.of(apache), objects(model, DCTerms.license));
  }
}
