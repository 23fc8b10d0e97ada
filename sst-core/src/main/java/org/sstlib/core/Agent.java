package org.sstlib.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;

/**
 * A person or a collective that acts, or is acted upon, in the case: the agent-in-focus of a cycle, or one of
 * its agents-in-context.
 *
 * <pre>{@code
 * Agent matron = Agent.builder("matron", "Community matron", AgentType.INDIVIDUAL)
 *     .scale(Scale.MICRO)
 *     .memberOf("icm-team")
 *     .build();
 * }</pre>
 *
 * @param memberOf ids of the collective agents this agent belongs to
 */
public record Agent(
    String id,
    String label,
    Optional<String> description,
    Optional<Scale> scale,
    ImmutableList<String> codes,
    AgentType type,
    ImmutableList<String> memberOf) implements Element {

  /** Checks that no component is null and copies the lists; {@link #builder} is the usual way to make one. */
  public Agent {
    checkNotNull(id, "id");
    checkNotNull(label, "label");
    checkNotNull(description, "description");
    checkNotNull(scale, "scale");
    codes = ElementBuilder.copy(codes, "codes");
    checkNotNull(type, "type");
    memberOf = ElementBuilder.copy(memberOf, "memberOf");
  }

  @Override
  public String typeName() {
    return "agent";
  }

  /** Starts an agent. */
  public static Builder builder(String id, String label, AgentType type) {
    return new Builder(id, label, type);
  }

  /** Builds an {@link Agent}. */
  public static final class Builder extends ElementBuilder<Builder> {
    private final AgentType type;
    private final ImmutableList.Builder<String> memberOf = ImmutableList.builder();

    private Builder(String id, String label, AgentType type) {
      super(id, label);
      this.type = checkNotNull(type, "type");
    }

    /** Adds collectives this agent belongs to. */
    public Builder memberOf(String... collectives) {
      memberOf.addAll(Arrays.asList(collectives));
      return this;
    }

    /** The agent, as set so far. */
    public Agent build() {
      return new Agent(id, label, description, scale, codes.build(), type, memberOf.build());
    }
  }
}
