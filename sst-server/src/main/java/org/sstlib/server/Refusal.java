package org.sstlib.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A request the server will not carry out: the HTTP status and a one-line plain-text reason, sent before Fuseki
 * sees the request.
 *
 * @param status the HTTP status, 4xx
 * @param reason one line saying what was refused and why, for the person who sent the request
 */
record Refusal(int status, String reason) {

  Refusal {
    if (status < 400 || status > 499) {
      throw new IllegalArgumentException("a refusal is a 4xx status, not " + status);
    }
    if (reason.isBlank() || reason.contains("\n") || reason.contains("\r")) {
      throw new IllegalArgumentException("a refusal's reason is one non-empty line: '" + reason + "'");
    }
  }

  /** 403 Forbidden: who is asking (the Host or Origin) is not served. */
  static Refusal forbidden(String reason) {
    return new Refusal(HttpServletResponse.SC_FORBIDDEN, reason);
  }

  /** 413 Content Too Large: the query or update is over the size limit. */
  static Refusal tooLarge(String reason) {
    return new Refusal(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, reason);
  }

  /** 400 Bad Request: the request itself is refused (an update this server does not run, a malformed body). */
  static Refusal badRequest(String reason) {
    return new Refusal(HttpServletResponse.SC_BAD_REQUEST, reason);
  }

  /**
   * Answers with this refusal and closes the connection: a refused body may not have been read to its end, so the
   * connection cannot carry another request.
   */
  void send(HttpServletResponse response) throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    response.setHeader("Connection", "close");
    response.setContentType("text/plain;charset=utf-8");
    byte[] body = (reason + "\n").getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }
}
