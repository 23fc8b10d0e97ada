package org.sstlib.server;

import com.google.common.collect.ImmutableSet;
import com.google.common.net.InetAddresses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses (403) a request whose {@code Host} header names a host this server does not answer for: the defence
 * against DNS rebinding, where a web page on a name its author controls has that name resolve to this machine,
 * and the browser then sends that name as the Host.
 *
 * <p>Accepted, with or without a port: the names given to the constructor (for every server {@code localhost},
 * {@code 127.0.0.1} and {@code [::1]}); when {@code anyAddress} is set, also any IP address written as such
 * ({@code 192.0.2.7}, {@code [2001:db8::7]}), since an address is not a name a web page can rebind. A request
 * with no Host header, or more than one, is refused.
 */
final class HostFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** A Host header: a bracketed IPv6 address or a name/IPv4 address, then an optional port. */
  private static final Pattern HOST = Pattern.compile("(\\[[0-9A-Fa-f:.]+\\]|[^:\\[\\]]+)(?::(\\d{1,5}))?");

  private final ImmutableSet<String> names;
  private final boolean anyAddress;

  /**
   * @param names the accepted host names and addresses, in lower case, IPv6 addresses in brackets
   * @param anyAddress whether any IP address is also accepted
   */
  HostFilter(ImmutableSet<String> names, boolean anyAddress) {
    this.names = names;
    this.anyAddress = anyAddress;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<Refusal> refusal = check(Collections.list(request.getHeaders("Host")));
    if (refusal.isPresent()) {
      refusal.get().send(response);
    } else {
      chain.doFilter(request, response);
    }
  }

  /** Why the request with these Host headers is refused, or empty if it is accepted. */
  Optional<Refusal> check(List<String> hostHeaders) {
    if (hostHeaders.size() != 1) {
      return Optional.of(Refusal.forbidden(hostHeaders.isEmpty()
          ? "refused: the request has no Host header"
          : "refused: the request has " + hostHeaders.size() + " Host headers"));
    }
    String header = hostHeaders.get(0).trim();
    Matcher matcher = HOST.matcher(header);
    if (matcher.matches() && accepts(matcher.group(1).toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(Refusal.forbidden("refused: this server does not answer for the host '"
        + Printable.of(header) + "' (it answers for " + String.join(", ", names)
        + (anyAddress ? " and any IP address" : "") + ")"));
  }

  private boolean accepts(String host) {
    if (names.contains(host)) {
      return true;
    }
    if (!anyAddress) {
      return false;
    }
    if (host.startsWith("[")) {
      String inner = host.substring(1, host.length() - 1);
      return inner.contains(":") && InetAddresses.isInetAddress(inner);
    }
    return host.matches("[0-9.]+") && InetAddresses.isInetAddress(host);
  }
}
