package org.sstlib.cli;

import java.util.Arrays;
import java.util.Iterator;

/**
 * The names of an enum's constants as they are typed (each constant's {@code toString()}), for picocli's help
 * ({@code ${COMPLETION-CANDIDATES}}) and completion. picocli makes a candidates class itself, so each enum has a
 * subclass with no arguments.
 */
abstract class EnumNames<E extends Enum<E>> implements Iterable<String> {
  private final Class<E> type;

  EnumNames(Class<E> type) {
    this.type = type;
  }

  @Override
  public Iterator<String> iterator() {
    return Arrays.stream(type.getEnumConstants()).map(Enum::toString).iterator();
  }
}
