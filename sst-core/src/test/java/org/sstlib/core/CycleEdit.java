package org.sstlib.core;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A mutable copy of a {@link Cycle} for tests that take a valid cycle apart: change a field, then {@link #build()}.
 * The model's builders only add, and a defect often needs something removed or replaced.
 */
final class CycleEdit {
  String id;
  String label;
  Optional<String> description;
  Optional<Scale> scale;
  List<String> codes;
  String site;
  Optional<String> time;
  List<String> follows;
  String agentInFocus;
  List<String> agentsInContext;
  Optional<String> positionPractice;
  List<Condition> external;
  List<Condition> material;
  List<String> internal;
  List<String> unavailableInternal;
  List<String> drawsOn;
  List<ActiveAgency> agency;
  List<Outcome> outcomes;

  private CycleEdit(Cycle c) {
    id = c.id();
    label = c.label();
    description = c.description();
    scale = c.scale();
    codes = new ArrayList<>(c.codes());
    site = c.site();
    time = c.time();
    follows = new ArrayList<>(c.follows());
    agentInFocus = c.agentInFocus();
    agentsInContext = new ArrayList<>(c.agentsInContext());
    positionPractice = c.positionPractice();
    external = new ArrayList<>(c.external());
    material = new ArrayList<>(c.material());
    internal = new ArrayList<>(c.internal());
    unavailableInternal = new ArrayList<>(c.unavailableInternal());
    drawsOn = new ArrayList<>(c.drawsOn());
    agency = new ArrayList<>(c.agency());
    outcomes = new ArrayList<>(c.outcomes());
  }

  static CycleEdit of(Cycle cycle) {
    return new CycleEdit(cycle);
  }

  Cycle build() {
    return new Cycle(id, label, description, scale, ImmutableList.copyOf(codes), site, time,
        ImmutableList.copyOf(follows), agentInFocus, ImmutableList.copyOf(agentsInContext), positionPractice,
        ImmutableList.copyOf(external), ImmutableList.copyOf(material), ImmutableList.copyOf(internal),
        ImmutableList.copyOf(unavailableInternal), ImmutableList.copyOf(drawsOn), ImmutableList.copyOf(agency),
        ImmutableList.copyOf(outcomes), Optional.empty(), Optional.empty());
  }
}
