/**
 * Worked examples of sst: the analyses of the source papers, built with the Java API so that analysis code can see
 * how to embed the library. Each example is a class with a {@code build()} method that returns the case and a
 * {@code main} that shows it off; the same cases are also kept as case files under {@code examples/cases/}, and the
 * module's tests check that the two agree and that each holds the paper's findings.
 *
 * <p>Start with {@link org.sstlib.examples.Hughes2022}, the reference case (Hughes, Shaw and Greenhalgh 2022):
 *
 * <pre>{@code
 * Case hughes = Hughes2022.build();
 * for (ChainPath path : ChainGraph.of(hughes).paths("admission-avoidance-policy", "alf-at-home")) {
 *   System.out.println(path);
 * }
 * String turtle = RdfFiles.toTurtle(hughes);
 * }</pre>
 *
 * <p>Nothing here is part of the library's API: the classes are examples to read and copy from. They hold no state
 * and are safe to use from any thread.
 */
package org.sstlib.examples;

import org.sstlib.rdf.io.RdfFiles;
