package org.sstlib.core;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * An element that takes part in the analysis: an {@link Agent}, a {@link PositionPractice}, a {@link Structure},
 * an {@link Event}, a {@link Cycle} or an {@link ActiveAgency}. Each has an id unique in its case, a label, and
 * optionally a description, a scale and codes ({@code codebook:concept}).
 */
public sealed interface Element permits Agent, PositionPractice, Structure, Event, Cycle, ActiveAgency {

  /** The id, unique in the case; matches {@code [A-Za-z0-9][A-Za-z0-9._-]*} in a valid case. */
  String id();

  /** A short human-readable name. */
  String label();

  /** A longer description in the analyst's words. */
  Optional<String> description();

  /** Macro (national policy), meso (organisations) or micro (practice). */
  Optional<Scale> scale();

  /** Concepts of the case's codebooks that this element is coded with, each {@code codebook:concept}. */
  ImmutableList<String> codes();

  /** What kind of element this is, in words for messages: "agent", "position-practice", "structure", ... */
  String typeName();
}
