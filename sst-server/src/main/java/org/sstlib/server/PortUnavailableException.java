package org.sstlib.server;

import org.sstlib.core.SstException;

/**
 * The server could not listen on its port: another program holds it, or this user may not open it. A problem of
 * the machine, not of {@code sst}; choose another port (or port 0 for a free one).
 */
public final class PortUnavailableException extends SstException {
  private static final long serialVersionUID = 1L;

  /** The port that was in use. */
  private final int port;

  PortUnavailableException(int port, String where, Throwable cause) {
    super("port " + port + " on " + where + " cannot be opened: it is in use by another program (or this user may"
        + " not open it)", cause);
    this.port = port;
  }

  /** The port that could not be opened. */
  public int port() {
    return port;
  }
}
