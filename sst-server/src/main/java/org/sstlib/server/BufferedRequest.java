package org.sstlib.server;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request whose body has been read into memory (by {@link BodySizeFilter}, within the size limit), so that a
 * filter can look at it and Fuseki can still read it. For an HTML form body ({@code
 * application/x-www-form-urlencoded}), the parameters are those of the query string followed by those of the
 * body, decoded as UTF-8, as a servlet container would give them.
 */
final class BufferedRequest extends HttpServletRequestWrapper {
  private final byte[] body;
  private Map<String, String[]> parameters;

  private BufferedRequest(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  /** {@code request} with {@code body} as its body. */
  static BufferedRequest of(HttpServletRequest request, byte[] body) {
    return new BufferedRequest(request, body.clone());
  }

  /** Whether the request's content type is an HTML form ({@code application/x-www-form-urlencoded}). */
  static boolean isForm(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.trim().toLowerCase(Locale.ROOT)
        .startsWith("application/x-www-form-urlencoded");
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return in.read(b, off, len);
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new IllegalStateException("a buffered request body is read synchronously");
      }
    };
  }

  @Override
  public BufferedReader getReader() throws IOException {
    String encoding = getCharacterEncoding();
    return new BufferedReader(new InputStreamReader(getInputStream(),
        encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
  }

  @Override
  public int getContentLength() {
    return body.length;
  }

  @Override
  public long getContentLengthLong() {
    return body.length;
  }

  @Override
  public String getParameter(String name) {
    String[] values = parameters().get(name);
    return values == null ? null : values[0];
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    return Collections.unmodifiableMap(parameters());
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.enumeration(parameters().keySet());
  }

  @Override
  public String[] getParameterValues(String name) {
    String[] values = parameters().get(name);
    return values == null ? null : values.clone();
  }

  /**
   * The query string's parameters, then the form body's.
   *
   * @throws IllegalArgumentException if either holds a malformed {@code %} escape
   */
  private synchronized Map<String, String[]> parameters() {
    if (parameters == null) {
      Map<String, List<String>> all = new LinkedHashMap<>();
      decode(getQueryString(), all);
      if (isForm(this)) {
        decode(new String(body, StandardCharsets.UTF_8), all);
      }
      Map<String, String[]> arrays = new LinkedHashMap<>();
      all.forEach((name, values) -> arrays.put(name, values.toArray(String[]::new)));
      parameters = arrays;
    }
    return parameters;
  }

  private static void decode(String encoded, Map<String, List<String>> into) {
    if (encoded == null || encoded.isEmpty()) {
      return;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      into.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
  }
}
