package org.sstlib.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;

/**
 * A structure: a rule, resource, text, artefact or disposition. Whether it is an external condition or an
 * outcome is said by each {@link Cycle} it appears in (duality of structure), not here.
 *
 * <p>A structure with {@link #internalTo()} is an <em>internal structure</em> of the agents it names and has a
 * {@link #kind()}. Usually one agent holds it; several may hold the same one, as when one lens of integrated care
 * was "used across the field of practices, in strategy development, financial planning and ICM meetings" (Hughes et
 * al. 2022). A collective's internal structure is not thereby each member's: a member draws on it only where the
 * structure names the member too, or where the member's cycle says so ({@link Cycle#drawsOn()}). {@link #about()} says which elements it is knowledge of, or a disposition towards, which is
 * how different agents' interpretations of one policy are recorded. A material resource or an embodied capacity
 * (Hughes et al. 2022) may name whose it is with {@link #of()}.
 *
 * <p>A {@link #form()} classifies rules and resources, so every structure that is not internal has one. An
 * internal structure, a piece of knowledge or a disposition, has none; it may still say {@link StructureForm#OTHER},
 * which says nothing, as version-1 case files do, and no other form ({@link Case.Builder#build()} reports the rest).
 *
 * <pre>{@code
 * Structure template = Structure.builder("bcf-template", "Better Care Fund planning template",
 *     StructureForm.TECHNOLOGY).scale(Scale.MESO).build();
 * Structure lens = Structure.builder("matron-cost-lens", "Sees integrated care as saving money")
 *     .internalTo("matron", InternalKind.GENERAL_DISPOSITIONAL).about("icm-model").build();
 * Structure shared = Structure.builder("ic-lens", "The lens of integrated care")
 *     .internalTo(InternalKind.GENERAL_DISPOSITIONAL, "leaders", "officials", "icm-team").build();
 * }</pre>
 */
public record Structure(
    String id,
    String label,
    Optional<String> description,
    Optional<Scale> scale,
    ImmutableList<String> codes,
    Optional<StructureForm> form,
    ImmutableList<String> internalTo,
    Optional<InternalKind> kind,
    ImmutableList<String> about,
    Optional<String> of) implements Element {

  /** Checks that no component is null and copies the lists; {@link #builder} is the usual way to make one. */
  public Structure {
    checkNotNull(id, "id");
    checkNotNull(label, "label");
    checkNotNull(description, "description");
    checkNotNull(scale, "scale");
    codes = ElementBuilder.copy(codes, "codes");
    checkNotNull(form, "form");
    internalTo = ElementBuilder.copy(internalTo, "internalTo");
    checkNotNull(kind, "kind");
    about = ElementBuilder.copy(about, "about");
    checkNotNull(of, "of");
  }

  @Override
  public String typeName() {
    return "structure";
  }

  /** True if this is an internal structure of some agent: {@link #internalTo()} names at least one holder. */
  public boolean isInternal() {
    return !internalTo.isEmpty();
  }

  /** Whether {@code agent} is one of the holders of this internal structure. */
  public boolean heldBy(String agent) {
    return internalTo.contains(agent);
  }

  /** True if this is a material resource or an embodied capacity, the conditions of the {@code material} role. */
  public boolean isMaterial() {
    return form.isPresent()
        && (form.get() == StructureForm.MATERIAL_RESOURCE || form.get() == StructureForm.EMBODIED_CAPACITY);
  }

  /** Starts a structure of the given form: a rule or a resource, a material resource or an embodied capacity. */
  public static Builder builder(String id, String label, StructureForm form) {
    return new Builder(id, label, Optional.of(checkNotNull(form, "form")));
  }

  /**
   * Starts a structure with no form: an internal structure (knowledge or a disposition), to be completed with
   * {@link Builder#internalTo}. A structure that is not internal needs a form, which {@link Case.Builder#build()}
   * checks.
   */
  public static Builder builder(String id, String label) {
    return new Builder(id, label, Optional.empty());
  }

  /** Builds a {@link Structure}. */
  public static final class Builder extends ElementBuilder<Builder> {
    private final Optional<StructureForm> form;
    private ImmutableList<String> internalTo = ImmutableList.of();
    private Optional<InternalKind> kind = Optional.empty();
    private final ImmutableList.Builder<String> about = ImmutableList.builder();
    private Optional<String> of = Optional.empty();

    private Builder(String id, String label, Optional<StructureForm> form) {
      super(id, label);
      this.form = form;
    }

    /** Makes this an internal structure of {@code agent}, of the given kind. */
    public Builder internalTo(String agent, InternalKind kind) {
      return internalTo(kind, agent);
    }

    /**
     * Makes this an internal structure of the given kind held by every one of {@code agents} (in the order given),
     * replacing any holders named before.
     */
    public Builder internalTo(InternalKind kind, String... agents) {
      checkArgument(agents.length > 0, "an internal structure needs at least one holder");
      this.internalTo = ImmutableList.copyOf(agents);
      this.kind = Optional.of(checkNotNull(kind, "kind"));
      return this;
    }

    /** Adds the elements this internal structure is about. */
    public Builder about(String... elements) {
      about.addAll(Arrays.asList(elements));
      return this;
    }

    /** Names the agent whose material resource or embodied capacity this is. */
    public Builder of(String agent) {
      this.of = Optional.of(checkNotNull(agent, "agent"));
      return this;
    }

    /** The structure, as set so far. */
    public Structure build() {
      return new Structure(id, label, description, scale, codes.build(), form, internalTo, kind, about.build(), of);
    }
  }
}
