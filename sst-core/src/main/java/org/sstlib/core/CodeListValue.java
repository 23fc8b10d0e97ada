package org.sstlib.core;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A value of one of the model's code lists ({@link Scale}, {@link StructureForm}, {@link Effect}, ...), written
 * in case files and in the vocabulary as its {@link #code()}.
 */
public interface CodeListValue {

  /** The lower-case, hyphenated word for this value, as written in case files. */
  String code();

  /** The constant of {@code type} whose code is {@code code}, if any. */
  static <E extends Enum<E> & CodeListValue> Optional<E> fromCode(Class<E> type, String code) {
    for (E value : type.getEnumConstants()) {
      if (value.code().equals(code)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** The codes of every constant of {@code type}, in declaration order. */
  static <E extends Enum<E> & CodeListValue> List<String> codes(Class<E> type) {
    return java.util.Arrays.stream(type.getEnumConstants())
        .map(CodeListValue::code)
        .collect(Collectors.toUnmodifiableList());
  }
}
