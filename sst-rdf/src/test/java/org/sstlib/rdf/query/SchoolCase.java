package org.sstlib.rdf.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.sstlib.core.Case;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.casefile.CaseFormat;

/**
 * A small case from outside health care with unrealised outcomes: a school's timetabling
 * ({@code school-timetable.yaml} beside these tests). The governors and the deputy head intended every class to be
 * taught by a qualified teacher; supply cover happened instead.
 */
final class SchoolCase {
  static final String ID = "school-timetable";
  static final String RESOURCE = "/org/sstlib/rdf/query/school-timetable.yaml";

  private SchoolCase() {}

  static Case read() {
    try (InputStream in = SchoolCase.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the test classpath");
      }
      return CaseFiles.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), CaseFormat.YAML,
          "school-timetable.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
