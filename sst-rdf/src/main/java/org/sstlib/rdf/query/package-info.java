/**
 * The named queries of an SST study ({@link org.sstlib.rdf.query.SstQueries}): the chain from a policy to a
 * position-practice, a cycle's quadripartite table, the field of practices, feedback loops, what was unavailable,
 * interpretations, factors and evidence, each as SPARQL shipped beside this package, with a typed Java answer and a
 * raw table ({@link org.sstlib.rdf.query.QueryTable}).
 *
 * <p>Start here:
 *
 * <pre>{@code
 * try (SstStore store = SstStore.memory()) {
 *   store.put(CaseFiles.read(Path.of("examples/cases/hughes-2022.yaml")));
 *   SstQueries queries = SstQueries.on(store);
 *   ChainRoute first = queries.chain("admission-avoidance-policy", "alf-at-home").get(0);
 *   QueryTable table = queries.run("unavailable", Map.of());
 * }
 * }</pre>
 *
 * <p>See {@code docs/queries.md} for every query, its answer on the reference case and its SPARQL.
 */
package org.sstlib.rdf.query;
