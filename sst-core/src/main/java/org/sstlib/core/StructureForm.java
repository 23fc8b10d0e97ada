package org.sstlib.core;

/** The form a structure takes: what kind of rule, resource, text or artefact it is. */
public enum StructureForm implements CodeListValue {
  /**
   * A stated course of action of a government or organisation, such as a national policy to avoid hospital admissions.
   */
  POLICY("policy"),
  /** A law or statutory instrument, or the statutory duties it sets. */
  LEGISLATION("legislation"),
  /**
   * A plan of an organisation or partnership setting out what it means to achieve and how, such as a local integrated
   * care strategy.
   */
  STRATEGY("strategy"),
  /** Money and the rules for allocating it: budgets, pooled funds, spending constraints, payment schemes. */
  FUNDING("funding"),
  /**
   * A contract, performance target or measure by which an agent is held to account, such as a target for fewer
   * emergency admissions.
   */
  CONTRACT_OR_TARGET("contract-or-target"),
  /**
   * A way of organising and delivering care to a group of patients, such as integrated case management by a
   * multi-disciplinary team.
   */
  MODEL_OF_CARE("model-of-care"),
  /** How work is organised: teams, jobs, meetings, governance bodies, co-location, lines of accountability. */
  ORGANISATIONAL_ARRANGEMENT("organisational-arrangement"),
  /** A made thing or text that carries rules or meanings into action: a form, a template, a care plan, a document. */
  ARTEFACT("artefact"),
  /**
   * A technology with inscribed properties (Greenhalgh and Stones 2010): software or equipment whose design carries
   * rules and assumptions into the action that uses it, such as risk-stratification software.
   */
  TECHNOLOGY("technology"),
  /**
   * A network of relationships an agent can call on, such as family, neighbours and friends who help a patient manage
   * at home.
   */
  SOCIAL_NETWORK("social-network"),
  /**
   * A material thing drawn on at the moment of action, distinct from social structures (Hughes et al. 2022); structures
   * of this form are of class sst:MaterialResource.
   */
  MATERIAL_RESOURCE("material-resource"),
  /**
   * A capacity of the body that conditions action, distinct from social structures (Hughes et al. 2022); structures of
   * this form are of class sst:EmbodiedCapacity.
   */
  EMBODIED_CAPACITY("embodied-capacity"),
  /** A structure of a form not listed here; internal structures (knowledge, dispositions) often take this form. */
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
