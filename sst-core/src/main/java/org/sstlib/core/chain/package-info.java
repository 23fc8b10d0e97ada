/**
 * The chain of structuration of one case, in memory: which structures condition which agency, what that agency
 * draws on and produces, and where it is enacted, as a directed graph built from the model (never from RDF).
 *
 * <p>Start with {@link org.sstlib.core.chain.ChainGraph#of(org.sstlib.core.Case)}, then follow the chain from a
 * policy to a practice:
 *
 * <pre>{@code
 * ChainGraph chain = ChainGraph.of(study);
 * for (ChainPath path : chain.paths("national-policy", "patient-at-home")) {
 *   System.out.println(path);   // national-policy -conditions-> plan-budget -produces-> pooled-budget ...
 * }
 * }</pre>
 *
 * <p>Each edge is a {@link org.sstlib.core.chain.ChainStep} of one of five {@link org.sstlib.core.chain.StepKind
 * kinds}: an available external or material entry <em>conditions</em> agency, an available internal entry
 * <em>informs</em> it, an entry marked unavailable is <em>absent for</em> it (the absence constrains it), agency
 * <em>produces</em> its outcomes and is <em>enacted in</em> the cycle's position-practice. What agency produced is
 * a node of its own, the outcome of its cycle, which leads on only into agency of the same cycle or of a cycle that
 * is not earlier ({@link org.sstlib.core.CycleOrder}): so an outcome that conditions a later cycle continues the
 * chain, one that reproduces a structure that conditioned its own agency closes a loop, and nothing a later cycle
 * produced conditions an earlier one. The graph may have cycles, and every traversal here terminates on it. These
 * are the steps that {@code sst-rdf} stores as {@code sst:chainStep} sub-properties.
 *
 * <p>Everything in this package is immutable and thread-safe.
 */
package org.sstlib.core.chain;
