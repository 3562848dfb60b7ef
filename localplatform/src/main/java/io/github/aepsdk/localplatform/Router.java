package io.github.aepsdk.localplatform;

import java.util.ArrayList;
import java.util.List;

/**
 * A small router: routes are a method and a pattern of path segments such as {@code
 * flows/{id}}; {@code {name}} captures one (URL-decoded) segment; the empty pattern is the
 * service's base path itself.
 */
final class Router {
  /** Handles one matched call. */
  interface Handler {
    Reply handle(Call call);
  }

  private static final class Route {
    final String method;
    final String[] pattern;
    final Handler handler;

    Route(String method, String pattern, Handler handler) {
      this.method = method;
      this.pattern = pattern.isEmpty() ? new String[0] : pattern.split("/");
      this.handler = handler;
    }

    boolean matches(List<String> segments) {
      if (segments.size() != pattern.length) {
        return false;
      }
      for (int i = 0; i < pattern.length; i++) {
        if (!pattern[i].startsWith("{") && !pattern[i].equals(segments.get(i))) {
          return false;
        }
      }
      return true;
    }
  }

  private final List<Route> routes = new ArrayList<>();

  /** Adds a route; returns this router. */
  Router on(String method, String pattern, Handler handler) {
    routes.add(new Route(method, pattern, handler));
    return this;
  }

  /** The answer of the first route that matches; 404 or 405 (generic shape) when none does. */
  Reply route(Call call) {
    boolean pathMatched = false;
    for (Route route : routes) {
      if (!route.matches(call.segments)) {
        continue;
      }
      pathMatched = true;
      if (route.method.equals(call.method)) {
        for (int i = 0; i < route.pattern.length; i++) {
          String p = route.pattern[i];
          if (p.startsWith("{")) {
            call.params.put(p.substring(1, p.length() - 1), call.segments.get(i));
          }
        }
        return route.handler.handle(call);
      }
    }
    if (pathMatched) {
      throw Errors.generic(405, "MethodNotAllowed", call.method + " is not supported on this resource");
    }
    throw Errors.notFound("No such resource: /" + String.join("/", call.segments));
  }
}
