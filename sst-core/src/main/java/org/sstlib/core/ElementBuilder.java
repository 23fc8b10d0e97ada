package org.sstlib.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;

/**
 * The fields every {@link Element} shares, for the builders of each kind. Not thread-safe.
 *
 * @param <B> the concrete builder, returned for chaining
 */
public abstract class ElementBuilder<B extends ElementBuilder<B>> {
  final String id;
  final String label;
  Optional<String> description = Optional.empty();
  Optional<Scale> scale = Optional.empty();
  final ImmutableList.Builder<String> codes = ImmutableList.builder();

  ElementBuilder(String id, String label) {
    this.id = checkNotNull(id, "id");
    this.label = checkNotNull(label, "label");
  }

  @SuppressWarnings("unchecked")
  final B self() {
    return (B) this;
  }

  /** Sets the description. */
  public B description(String description) {
    this.description = Optional.of(checkNotNull(description, "description"));
    return self();
  }

  /** Sets the scale. */
  public B scale(Scale scale) {
    this.scale = Optional.of(checkNotNull(scale, "scale"));
    return self();
  }

  /** Adds codes, each {@code codebook:concept}. */
  public B codes(String... codes) {
    return codes(Arrays.asList(codes));
  }

  /** Adds codes, each {@code codebook:concept}. */
  public B codes(Iterable<String> codes) {
    this.codes.addAll(codes);
    return self();
  }

  static ImmutableList<String> copy(Iterable<String> values, String name) {
    checkNotNull(values, name);
    return ImmutableList.copyOf(values);
  }
}
