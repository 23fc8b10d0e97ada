package org.sstlib.report;

import org.eclipse.elk.core.options.Direction;

/**
 * Which way a figure reads: time (or a chain's steps) from left to right, the page's landscape arrangement, or from
 * top to bottom, the portrait one that fits a journal's column. A figure is computed along and across its flow, and
 * these map that to pixels: along is x and across is y in {@link #ACROSS}, the other way round in {@link #DOWN}.
 */
enum Flow {
  /** Left to right: along is x, across is y. */
  ACROSS(Direction.RIGHT),
  /** Top to bottom: along is y, across is x. */
  DOWN(Direction.DOWN);

  private final Direction direction;

  Flow(Direction direction) {
    this.direction = direction;
  }

  /** The direction the Eclipse Layout Kernel lays the graph out in. */
  Direction direction() {
    return direction;
  }

  /** The x of a point, or the width of a size, given along and across the flow. */
  double x(double along, double across) {
    return this == ACROSS ? along : across;
  }

  /** The y of a point, or the height of a size, given along and across the flow. */
  double y(double along, double across) {
    return this == ACROSS ? across : along;
  }

  /** The part of a point {@code (x, y)}, or of a size {@code (width, height)}, along the flow. */
  double along(double x, double y) {
    return this == ACROSS ? x : y;
  }

  /** The part of a point {@code (x, y)}, or of a size {@code (width, height)}, across the flow. */
  double across(double x, double y) {
    return this == ACROSS ? y : x;
  }
}
