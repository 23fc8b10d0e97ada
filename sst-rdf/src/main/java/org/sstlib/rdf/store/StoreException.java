package org.sstlib.rdf.store;

import org.sstlib.core.SstException;

/**
 * A {@link SstStore} could not do what was asked, for a reason outside the caller's code: the TDB2 directory is in
 * use by another process or is not a store, the SPARQL endpoint is unreachable or refused the request, a query the
 * user wrote cannot run (a {@code SERVICE} call, a query of the wrong form). The message says which store and
 * what to do; it never holds credentials.
 *
 * <pre>{@code
 * try (SstStore store = SstStore.tdb2(Path.of("store"))) {
 *   store.putAll(cases);
 * } catch (StoreException e) {
 *   System.err.println(e.getMessage());   // the store store is in use by another process (pid 4242); ...
 * }
 * }</pre>
 */
public final class StoreException extends SstException {
  private static final long serialVersionUID = 1L;

  /** A problem described by {@code message}. */
  public StoreException(String message) {
    super(message);
  }

  /** A problem described by {@code message}, caused by {@code cause}. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
