package org.sstlib.rdf.store;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A web server on a free loopback port that is not a SPARQL endpoint: every request gets 200 and a small HTML page,
 * as from a URL that names a web site instead of a dataset. Close it to stop it.
 */
public final class WebPageServer implements AutoCloseable {
  private final HttpServer server;

  private WebPageServer(HttpServer server) {
    this.server = server;
  }

  /** Starts one whose pages have this {@code Content-Type}. */
  public static WebPageServer start(String contentType) throws IOException {
    HttpServer web = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    web.createContext("/", exchange -> {
      byte[] page = "<html><body>Welcome</body></html>".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.sendResponseHeaders(200, page.length);
      exchange.getResponseBody().write(page);
      exchange.close();
    });
    web.start();
    return new WebPageServer(web);
  }

  /** The server's URL with this path, such as {@code /ds}. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
