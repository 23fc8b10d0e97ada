package org.sstlib.core.testing;

import java.nio.file.Path;
import org.sstlib.core.Case;
import org.sstlib.core.casefile.CaseFiles;

/**
 * The reference case, Hughes, Shaw and Greenhalgh (2022), as its case file under {@code examples/cases/}: the one
 * place the tests of every module find it. Tests run in their module's folder, and every module is a sibling of
 * {@code examples/}, so one relative path serves them all.
 */
public final class ReferenceCase {

  /** The reference case file, relative to any module's folder. */
  public static final Path FILE = Path.of("..", "examples", "cases", "hughes-2022.yaml");

  /** The folder of every example case file, relative to any module's folder. */
  public static final Path CASES = FILE.getParent();

  private ReferenceCase() {}

  /** Reads the reference case file afresh. */
  public static Case read() {
    return CaseFiles.read(FILE);
  }
}
