/**
 * Stores of many cases, one named graph a case: {@link org.sstlib.rdf.store.SstStore} with three back ends that
 * behave the same (in memory, TDB2 on disk, a remote SPARQL 1.1 endpoint), every write all or nothing (except on
 * a Virtuoso server, which keeps the part of a failed write that ran: see {@link org.sstlib.rdf.store.SstStore}).
 *
 * <p>Start here:
 *
 * <pre>{@code
 * try (SstStore store = SstStore.tdb2(Path.of("store"))) {     // or SstStore.memory(), SstStore.remote(url)
 *   store.putAll(List.of(hughes, other));                      // one transaction: all or nothing
 *   List<String> ids = store.caseIds();                        // [hughes-2022, ...]
 *   boolean any = store.ask("ASK { ?s ?p ?o }");               // text: parsed as SPARQL 1.1, then run
 *   Query q = QueryFactory.create("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
 *   int rows = store.select(q, Duration.ofSeconds(60), ResultSetFormatter::consume);   // stopped after a minute
 * }
 * }</pre>
 *
 * <p>The back ends are package-private: {@code LocalStore} (memory and TDB2) and {@code RemoteStore} share their
 * SPARQL in {@code AbstractStore}, so that a query is checked, timed and run the same way on all three. A remote
 * store writes through {@code CaseWriteRequest} (one update request in a form Fuseki and Virtuoso both take) and
 * reads through {@code EndpointClient} (which refuses the partial answers Virtuoso gives at a timeout).
 */
package org.sstlib.rdf.store;
