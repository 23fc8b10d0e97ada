package org.sstlib.qda.refi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Codebook;
import org.sstlib.core.Codebook.Concept;

class CodebookImportTest {

  private static QdaCode code(String guid, String name, String path, QdaCode... children) {
    return new QdaCode(guid, name, path, true, Optional.empty(), ImmutableList.copyOf(children));
  }

  @Test
  void theNestingGivesBroaderAndNamesGiveStableIds() {
    List<QdaCode> codes = List.of(
        code("c1", "Access", "Access", code("c2", "Own doctor", "Access/Own doctor"),
            code("c3", "Über-Zugang (GP)", "Access/Über-Zugang (GP)")),
        code("c4", "Own doctor", "Own doctor"),
        code("c5", "!!!", "!!!"));
    Codebook cb = CodebookImport.codebook(codes, "interviews", "Interview codes");
    assertEquals(new Codebook("interviews", "Interview codes", ImmutableList.of(
        Concept.of("access", "Access"),
        new Concept("own-doctor", "Own doctor", Optional.of("access")),
        new Concept("uber-zugang-gp", "Über-Zugang (GP)", Optional.of("access")),
        Concept.of("own-doctor-2", "Own doctor"),
        Concept.of("code", "!!!"))), cb);
    assertEquals(cb, CodebookImport.codebook(codes, "interviews", "Interview codes"), "the same ids each time");
  }

  private static QdaCode described(String guid, String name, String description) {
    return new QdaCode(guid, name, name, true, Optional.of(description), ImmutableList.of());
  }

  @Test
  void aCodesDescriptionIsItsConceptsDefinitionStrippedWithItsLines() {
    List<QdaCode> codes = List.of(
        described("c1", "Access", "  Getting to care.  "),
        described("c2", "Own doctor", "\nSeeing the doctor one knows.  \r\n  Not a locum.\rNor a nurse.\n\n"),
        described("c3", "Blank", " \n\t "),
        code("c4", "None", "None"));
    List<Concept> concepts = CodebookImport.codebook(codes, "qda", "Codes").concepts();
    assertEquals(Optional.of("Getting to care."), concepts.get(0).definition());
    assertEquals(Optional.of("Seeing the doctor one knows.\n  Not a locum.\nNor a nurse."),
        concepts.get(1).definition(), "each line kept, without the spaces at its end");
    assertEquals(Optional.empty(), concepts.get(2).definition(), "a blank description is no definition");
    assertEquals(Optional.empty(), concepts.get(3).definition());
  }
}
