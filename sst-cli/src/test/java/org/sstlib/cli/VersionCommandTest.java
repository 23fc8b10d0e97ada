package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sstlib.cli.SstRun.sst;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;

/** {@code sst --version}: sst's version, the vocabulary's and the Java in use, one a line. */
class VersionCommandTest {

  @Test
  void versionPrintsTheBuildTheVocabularyAndTheJava() {
    SstRun run = sst("--version");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of(
        "sst " + VersionProvider.version(),
        "vocabulary https://w3id.org/sst " + versionInfoAsJenaReadsIt(),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"),
        run.out().lines().toList());
  }

  @Test
  void theVocabularysVersionReadAsTextIsTheOntologysVersionInfo() {
    // The plain text scan must find the ontology's owl:versionInfo, not another term's: Jena reads the same value.
    assertEquals(versionInfoAsJenaReadsIt(), VersionProvider.vocabularyVersion().orElseThrow());
  }

  @Test
  void everySubcommandPrintsTheSameVersion() {
    assertEquals(sst("--version").out(), sst("completion", "--version").out());
  }

  private static String versionInfoAsJenaReadsIt() {
    Model vocabulary = ModelFactory.createDefaultModel();
    try (InputStream in = VersionProvider.class.getResourceAsStream(VersionProvider.VOCABULARY)) {
      RDFParser.source(in).lang(Lang.TURTLE).parse(vocabulary);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    List<Statement> versions = vocabulary.listStatements(
        vocabulary.createResource(VersionProvider.VOCABULARY_IRI), OWL.versionInfo, (RDFNode) null).toList();
    assertEquals(1, versions.size(), versions.toString());
    return versions.get(0).getString();
  }
}
