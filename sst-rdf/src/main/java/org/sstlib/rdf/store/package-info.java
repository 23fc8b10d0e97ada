/**
 * Stores of many cases, one named graph a case: {@link org.sstlib.rdf.store.SstStore} with three back ends that
 * behave the same (in memory, TDB2 on disk, a remote SPARQL 1.1 endpoint), every write all or nothing.
 *
 * <p>Start here:
 *
 * <pre>{@code
 * try (SstStore store = SstStore.tdb2(Path.of("store"))) {     // or SstStore.memory(), SstStore.remote(url)
 *   store.putAll(List.of(hughes, other));                      // one transaction: all or nothing
 *   List<String> ids = store.caseIds();                        // [hughes-2022, ...]
 *   boolean any = store.ask("ASK { ?s ?p ?o }");
 * }
 * }</pre>
 */
package org.sstlib.rdf.store;
