package org.sstlib.core.casefile;

import java.util.Locale;
import java.util.Optional;

/** The two syntaxes of a case file. Both hold the same structure. */
public enum CaseFormat {
  /** YAML 1.1, files ending {@code .yaml} or {@code .yml}. */
  YAML,
  /** JSON, files ending {@code .json}. */
  JSON;

  /** The format a file name's extension names, if it names one. */
  public static Optional<CaseFormat> ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    if (lower.endsWith(".json")) {
      return Optional.of(JSON);
    }
    return Optional.empty();
  }
}
