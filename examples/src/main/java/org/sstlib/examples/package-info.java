/**
 * Three short programs that show how analysis code embeds sst, each with a {@code main} to run and a test that runs
 * it. The worked cases of the source papers are case files under {@code examples/cases/}; the programs read them
 * with {@link org.sstlib.core.casefile.CaseFiles#read} rather than build them again in Java.
 *
 * <ul>
 *   <li>{@link org.sstlib.examples.HomeVisitChain}: build a small case with the Java API (a district nurse's visit
 *       to a patient who lives alone, over three cycles) and follow its chain with
 *       {@link org.sstlib.core.chain.ChainGraph};
 *   <li>{@link org.sstlib.examples.CasesInOneStore}: load every case file into one store and ask the named queries
 *       across them with {@link org.sstlib.rdf.query.SstQueries};
 *   <li>{@link org.sstlib.examples.TurtleRoundTrip}: export a case to Turtle, read it back and check that nothing
 *       was lost, as RDF, as a case and as text.
 * </ul>
 *
 * <p>Start with the first:
 *
 * <pre>{@code
 * Case visits = HomeVisitChain.build();
 * for (ChainPath path : ChainGraph.of(visits).paths("home-first-policy", "mrs-b-at-home")) {
 *   System.out.println(path);
 * }
 * }</pre>
 *
 * <p>Nothing here is part of the library's API: the classes are examples to read and copy from. They hold no state
 * and are safe to use from any thread.
 */
package org.sstlib.examples;
