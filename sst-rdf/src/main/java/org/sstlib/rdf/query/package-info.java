/**
 * The named queries of an SST study ({@link org.sstlib.rdf.query.SstQueries}, described by
 * {@link org.sstlib.rdf.query.NamedQuery}): the chain from a policy to a position-practice, a cycle's quadripartite
 * table, the field of practices, feedback loops, what was unavailable, interpretations, factors, evidence, the
 * intended outcomes that did not happen, the provenance of the claims (how many rest on each kind of evidence) and
 * the irresistible forces of each cycle (what resisting them would have cost, what the agent lacked), and the
 * network of position-practices around one with the structures that bear on it,
 * each as SPARQL shipped beside this package, with a typed Java answer (a record such as
 * {@link org.sstlib.rdf.query.ChainRoute}) and a raw table ({@link org.sstlib.rdf.query.QueryTable}).
 *
 * <p>Start here:
 *
 * <pre>{@code
 * try (SstStore store = SstStore.memory()) {
 *   store.put(CaseFiles.read(Path.of("examples/cases/hughes-2022.yaml")));
 *   SstQueries queries = SstQueries.on(store);
 *   ChainRoute first = queries.chain("admission-avoidance-policy", "alf-at-home").get(0);
 *   QueryTable table = queries.run(NamedQuery.UNAVAILABLE, Map.of());
 *   NamedQuery.forName("chain").parameters();   // {from=, to=, limit=10, maxLength=12, case=}
 *   ChainPaths some = queries.withTimeout(Duration.ofSeconds(60))
 *       .chainPaths("admission-avoidance-policy", "alf-at-home", 10, 12);   // the first 10, and how many there are
 * }
 * }</pre>
 *
 * <p>Beside the public types live one package-private class per query ({@code ChainQuery},
 * {@code QuadripartiteQuery}, ...) and what they share: the query texts, parsed once ({@code QueryTexts}), values
 * bound as RDF terms into copies of the parsed queries ({@code QueryBinding}, {@code ElementValues}), and the
 * store they run on ({@code QueryRunner}). See {@code docs/queries.md} for every query, its answer on the
 * reference case and its SPARQL.
 */
package org.sstlib.rdf.query;
