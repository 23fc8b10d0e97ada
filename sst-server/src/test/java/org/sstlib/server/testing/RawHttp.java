package org.sstlib.server.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Hand-written HTTP/1.1 requests over a plain socket to a server on this machine, so that a test can send any
 * Host or Origin header (Java's HTTP client refuses to set Host) and a body with or without Content-Length. Each
 * request asks the server to close the connection, and the whole answer is read.
 *
 * <pre>{@code
 * RawHttp http = new RawHttp(server.port());
 * RawHttp.Answer answer = http.send(http.head("GET", "/sst/sparql?query=ASK%7B%7D", "Origin: http://evil.example\r\n"),
 *     new byte[0]);
 * assertEquals(403, answer.status());
 * }</pre>
 */
public final class RawHttp {
  private final int port;

  /** Requests to the server on loopback {@code port}. */
  public RawHttp(int port) {
    this.port = port;
  }

  /**
   * An answer.
   *
   * @param status the HTTP status
   * @param headers the headers, names in lower case
   * @param body the body, de-chunked, as UTF-8 text
   */
  public record Answer(int status, Map<String, String> headers, String body) {
    /** The body's first line. */
    public String firstLine() {
      return body.lines().findFirst().orElse("");
    }
  }

  /** A request as written, header lines included; {@code body} is sent with a Content-Length. */
  public Answer send(String requestHead, byte[] body) throws IOException {
    String head = requestHead + (body.length > 0 ? "Content-Length: " + body.length + "\r\n" : "") + "\r\n";
    return exchange(head.getBytes(StandardCharsets.ISO_8859_1), body);
  }

  /** A request whose body is sent chunked, without a Content-Length, in chunks of 4 KiB. */
  public Answer sendChunked(String requestHead, byte[] body) throws IOException {
    ByteArrayOutputStream chunked = new ByteArrayOutputStream();
    for (int start = 0; start < body.length; start += 4096) {
      int length = Math.min(4096, body.length - start);
      chunked.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      chunked.write(body, start, length);
      chunked.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    chunked.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    String head = requestHead + "Transfer-Encoding: chunked\r\n\r\n";
    return exchange(head.getBytes(StandardCharsets.ISO_8859_1), chunked.toByteArray());
  }

  /** A POST of {@code body} with this content type, to {@code path}, with Host {@code 127.0.0.1:PORT}. */
  public Answer post(String path, String contentType, String body) throws IOException {
    return send(head("POST", path, "Content-Type: " + contentType + "\r\n"), body.getBytes(StandardCharsets.UTF_8));
  }

  /** A GET of {@code target} with Host {@code 127.0.0.1:PORT}. */
  public Answer get(String target) throws IOException {
    return send(head("GET", target, ""), new byte[0]);
  }

  /** The start of a request: request line, Host {@code 127.0.0.1:PORT}, Connection: close, then {@code more}. */
  public String head(String method, String target, String more) {
    return method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n" + more;
  }

  private Answer exchange(byte[] head, byte[] body) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      // A server with no timeout would keep an endless query's client waiting for ever: fail instead.
      socket.setSoTimeout(120_000);
      OutputStream out = socket.getOutputStream();
      out.write(head);
      try {
        out.write(body);
        out.flush();
      } catch (IOException e) {
        // The server may answer and close before reading a body it refuses; its answer is still to be read.
      }
      return parse(readAll(socket.getInputStream()));
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        all.write(buffer, 0, n);
      }
    } catch (IOException e) {
      // A reset after the answer (the server closed with our body unread) ends the answer.
      if (all.size() == 0) {
        throw e;
      }
    }
    return all.toByteArray();
  }

  private static Answer parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new AssertionError("not an HTTP answer: " + text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
    }
    byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body);
    }
    return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = indexOfCrlf(chunked, at);
      String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim();
      int size = Integer.parseInt(sizeLine, 16);
      if (size == 0) {
        break;
      }
      out.write(chunked, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
    return out.toByteArray();
  }

  private static int indexOfCrlf(byte[] bytes, int from) {
    for (int i = from; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    throw new AssertionError("a chunk size line without its end");
  }
}
