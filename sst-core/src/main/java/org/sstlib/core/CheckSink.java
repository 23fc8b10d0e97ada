package org.sstlib.core;

/**
 * Where the checkers of a case put the problems they find: the case-file path, the id of the element concerned and
 * the message. {@link CaseChecker} gives each checker its own {@code add}.
 */
@FunctionalInterface
interface CheckSink {
  void add(String path, String elementId, String message);
}
