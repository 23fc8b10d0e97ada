package org.sstlib.core;

/** The form a structure takes: what kind of rule, resource, text or artefact it is. */
public enum StructureForm implements CodeListValue {
  POLICY("policy"),
  LEGISLATION("legislation"),
  STRATEGY("strategy"),
  FUNDING("funding"),
  CONTRACT_OR_TARGET("contract-or-target"),
  MODEL_OF_CARE("model-of-care"),
  ORGANISATIONAL_ARRANGEMENT("organisational-arrangement"),
  ARTEFACT("artefact"),
  TECHNOLOGY("technology"),
  SOCIAL_NETWORK("social-network"),
  MATERIAL_RESOURCE("material-resource"),
  EMBODIED_CAPACITY("embodied-capacity"),
  OTHER("other");

  private final String code;

  StructureForm(String code) {
    this.code = code;
  }

  /** The word used for this value in case files and in the vocabulary, for example {@code "policy"}. */
  @Override
  public String code() {
    return code;
  }

  /** The value whose {@link #code()} is {@code code}, if any. */
  public static java.util.Optional<StructureForm> fromCode(String code) {
    return CodeListValue.fromCode(StructureForm.class, code);
  }
}
