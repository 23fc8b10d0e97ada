package org.sstlib.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Case;
import org.sstlib.core.casefile.CaseFiles;

/**
 * Case files that pass the model's checks but cannot be mapped to RDF: the mapping refuses them as invalid input
 * that names the element, never with an internal fault. Each file is a resource under {@code hostile/} whose first
 * line says what it attacks.
 */
class HostileCaseFilesTest {

  static final Path HOSTILE = Path.of("src", "test", "resources", "org", "sstlib", "rdf", "hostile");

  @Test
  void aBaseThatMakesAnElementTheCaseResourceIsRefusedNamingTheElement() {
    Case c = CaseFiles.read(HOSTILE.resolve("base-is-case-iri.yaml"));
    RdfCaseException e = assertThrows(RdfCaseException.class, () -> CaseGraphs.toGraph(c));
    assertEquals("case 'small': the IRI <urn:sst:case:small> of 'small' (base + id) is the IRI of the case "
        + "resource; choose another base", e.getMessage());
  }
}
