package org.sstlib.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CodeListValueTest {
  private static final Pattern CODE = Pattern.compile("[a-z]+(-[a-z]+)*");

  static Stream<Class<? extends Enum<?>>> codeLists() {
    return Stream.of(AgentType.class, Change.class, Effect.class, Force.class, Intended.class, InternalKind.class,
        Reflexivity.class, Scale.class, SourceType.class, StructureForm.class, Term.class);
  }

  @ParameterizedTest
  @MethodSource("codeLists")
  <E extends Enum<E> & CodeListValue> void everyCodeIsLowerCaseHyphenatedAndUnique(Class<E> type) {
    Set<String> seen = new HashSet<>();
    for (E value : type.getEnumConstants()) {
      assertTrue(CODE.matcher(value.code()).matches(), value + " has code " + value.code());
      assertTrue(seen.add(value.code()), "code " + value.code() + " twice in " + type.getSimpleName());
      // The code is the constant's name in lower case with hyphens, so case files read like the Java API.
      assertEquals(value.name().toLowerCase(Locale.ROOT).replace('_', '-'), value.code());
    }
  }

  @ParameterizedTest
  @MethodSource("codeLists")
  <E extends Enum<E> & CodeListValue> void fromCodeInvertsCode(Class<E> type) {
    for (E value : type.getEnumConstants()) {
      assertEquals(Optional.of(value), CodeListValue.fromCode(type, value.code()));
      assertEquals(Optional.empty(), CodeListValue.fromCode(type, value.name()), "constant names are not codes");
      assertEquals(Optional.empty(), CodeListValue.fromCode(type, " " + value.code()));
      assertEquals(Optional.empty(), CodeListValue.fromCode(type, value.code().toUpperCase(Locale.ROOT)));
    }
    assertEquals(Optional.empty(), CodeListValue.fromCode(type, ""));
    assertEquals(Optional.empty(), CodeListValue.fromCode(type, "unknown-value"));
  }

  @ParameterizedTest
  @MethodSource("codeLists")
  <E extends Enum<E> & CodeListValue> void codesListsEveryValueInDeclarationOrder(Class<E> type) {
    List<String> expected = Stream.of(type.getEnumConstants()).map(CodeListValue::code).collect(Collectors.toList());
    assertEquals(expected, CodeListValue.codes(type));
  }

  @ParameterizedTest
  @MethodSource("codeLists")
  void eachCodeListHasItsOwnFromCode(Class<? extends Enum<?>> type) throws Exception {
    var fromCode = type.getMethod("fromCode", String.class);
    for (Enum<?> value : type.getEnumConstants()) {
      assertEquals(Optional.of(value), fromCode.invoke(null, ((CodeListValue) value).code()));
    }
    assertEquals(Optional.empty(), fromCode.invoke(null, "nope"));
  }

  @org.junit.jupiter.api.Test
  void theCodesOfTheFormat() {
    // The words a case file uses; changing one breaks every file that uses it.
    assertEquals(List.of("individual", "collective"), CodeListValue.codes(AgentType.class));
    assertEquals(List.of("reproduced", "changed", "created", "eroded", "event"), CodeListValue.codes(Change.class));
    assertEquals(List.of("enables", "constrains", "both"), CodeListValue.codes(Effect.class));
    assertEquals(List.of("independent-influence", "irresistible-force"), CodeListValue.codes(Force.class));
    assertEquals(List.of("yes", "no", "unknown"), CodeListValue.codes(Intended.class));
    assertEquals(List.of("conjuncturally-specific", "general-dispositional"), CodeListValue.codes(InternalKind.class));
    assertEquals(List.of("routine", "strategic", "critical"), CodeListValue.codes(Reflexivity.class));
    assertEquals(List.of("macro", "meso", "micro"), CodeListValue.codes(Scale.class));
    assertEquals(List.of("interview", "fieldnotes", "document", "observation", "policy", "publication", "other"),
        CodeListValue.codes(SourceType.class));
    assertEquals(List.of("policy", "legislation", "strategy", "funding", "contract-or-target", "model-of-care",
        "organisational-arrangement", "artefact", "technology", "social-network", "material-resource",
        "embodied-capacity", "other"), CodeListValue.codes(StructureForm.class));
    assertEquals(List.of("short", "long"), CodeListValue.codes(Term.class));
  }
}
