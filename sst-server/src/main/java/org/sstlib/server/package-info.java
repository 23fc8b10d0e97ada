/**
 * A store served as a SPARQL endpoint: {@link org.sstlib.server.SstServer}, Apache Jena Fuseki with only the query
 * (and, on request, update) services, and the protections a server on a researcher's machine needs.
 *
 * <p>Start here:
 *
 * <pre>{@code
 * try (SstServer server = SstServer.builder(Path.of("store")).port(0).update(true).start()) {
 *   String query = server.queryUrl();     // http://127.0.0.1:PORT/sst/sparql
 *   String update = server.updateUrl();   // http://127.0.0.1:PORT/sst/update
 *   server.join();
 * }
 * }</pre>
 *
 * <p>Each protection is a servlet filter of its own, package-private, run in this order before Fuseki: {@code
 * HostFilter} (DNS rebinding), {@code OriginFilter} (cross-site requests), {@code BodySizeFilter} (the size limit,
 * before any parsing), then, with updates, {@code FormUpdateFilter} and {@code UpdateReachFilter} ({@code LOAD} and
 * {@code SERVICE}). The query timeout is Fuseki's own, set in the dataset's context.
 */
package org.sstlib.server;
