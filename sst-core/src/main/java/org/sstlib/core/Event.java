package org.sstlib.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * Something that happened: an admission, a fall, a decision. Events are outcomes of agency and can be
 * external conditions of a later cycle.
 *
 * <pre>{@code
 * Event fall = Event.builder("fall", "Alf falls early one morning").scale(Scale.MICRO).build();
 * }</pre>
 */
public record Event(
    String id,
    String label,
    Optional<String> description,
    Optional<Scale> scale,
    ImmutableList<String> codes) implements Element {

  /** Checks that no component is null and copies the codes; {@link #builder} is the usual way to make one. */
  public Event {
    checkNotNull(id, "id");
    checkNotNull(label, "label");
    checkNotNull(description, "description");
    checkNotNull(scale, "scale");
    codes = ElementBuilder.copy(codes, "codes");
  }

  @Override
  public String typeName() {
    return "event";
  }

  /** Starts an event. */
  public static Builder builder(String id, String label) {
    return new Builder(id, label);
  }

  /** Builds an {@link Event}. */
  public static final class Builder extends ElementBuilder<Builder> {
    private Builder(String id, String label) {
      super(id, label);
    }

    /** The event, as set so far. */
    public Event build() {
      return new Event(id, label, description, scale, codes.build());
    }
  }
}
