package dev.kiln.api.http;

/**
 * A handler that dispatches on method and path. A route matches a request when its method does
 * (a GET route also answers HEAD; a null method answers any) and its path equals the request's
 * path, or for a prefix route, starts it. Among matching routes an exact route wins over prefix
 * routes and a longer prefix over a shorter one; ties go to the route added first.
 *
 * <p>A request whose path no route matches gets 404 Not Found; one whose path matches only routes
 * of other methods gets 405 Method Not Allowed with an {@code Allow} field listing them. Matching
 * compares bytes in place and allocates nothing. Build the table before serving; it is not meant
 * to change while requests arrive.
 */
public final class Routes implements HttpHandler {
  private static final HttpMethod[] METHODS = HttpMethod.values();

  private Route[] routes = new Route[8];
  private int count;

  /** Answers {@code method} requests for exactly {@code path}; a null method answers any. */
  public Routes route(HttpMethod method, String path, HttpHandler handler) {
    return add(method, path, false, handler);
  }

  /**
   * Answers {@code method} requests whose path starts with {@code prefix}, e.g. {@code /static/};
   * a null method answers any.
   */
  public Routes prefix(HttpMethod method, String prefix, HttpHandler handler) {
    return add(method, prefix, true, handler);
  }

  /** {@code route(HttpMethod.GET, path, handler)}: answers GET and HEAD. */
  public Routes get(String path, HttpHandler handler) {
    return route(HttpMethod.GET, path, handler);
  }

  public Routes post(String path, HttpHandler handler) {
    return route(HttpMethod.POST, path, handler);
  }

  public Routes put(String path, HttpHandler handler) {
    return route(HttpMethod.PUT, path, handler);
  }

  public Routes delete(String path, HttpHandler handler) {
    return route(HttpMethod.DELETE, path, handler);
  }

  @Override
  public void handle(HttpRequest request, HttpResponse response) throws Exception {
    HttpMethod method = request.method();
    Route best = null;
    int bestRank = -1;
    int otherMethods = 0;
    for (int i = 0; i < count; i++) {
      Route route = routes[i];
      int rank = route.rank(request);
      if (rank < 0) {
        continue;
      }
      if (!route.answers(method)) {
        otherMethods |= route.methodBits();
        continue;
      }
      if (rank > bestRank) {
        best = route;
        bestRank = rank;
      }
    }
    if (best != null) {
      best.handler.handle(request, response);
    } else if (otherMethods != 0) {
      response.status(HttpStatus.METHOD_NOT_ALLOWED).header("Allow", allow(otherMethods))
          .send("Method Not Allowed\n");
    } else {
      response.status(HttpStatus.NOT_FOUND).send("Not Found\n");
    }
  }

  private Routes add(HttpMethod method, String path, boolean prefix, HttpHandler handler) {
    if (handler == null) {
      throw new NullPointerException("handler");
    }
    if (path.isEmpty() || (path.charAt(0) != '/' && !path.equals("*"))) {
      throw new IllegalArgumentException("a route's path starts with '/': " + path);
    }
    if (count == routes.length) {
      Route[] larger = new Route[count * 2];
      System.arraycopy(routes, 0, larger, 0, count);
      routes = larger;
    }
    routes[count++] = new Route(method, path, prefix, handler);
    return this;
  }

  private static String allow(int bits) {
    if ((bits & (1 << HttpMethod.GET.ordinal())) != 0) {
      bits |= 1 << HttpMethod.HEAD.ordinal();
    }
    StringBuilder text = new StringBuilder();
    for (HttpMethod method : METHODS) {
      if ((bits & (1 << method.ordinal())) != 0) {
        if (text.length() > 0) {
          text.append(", ");
        }
        text.append(method.name());
      }
    }
    return text.toString();
  }

  private static final class Route {
    final HttpMethod method;
    final String path;
    final boolean prefix;
    final HttpHandler handler;

    Route(HttpMethod method, String path, boolean prefix, HttpHandler handler) {
      this.method = method;
      this.path = path;
      this.prefix = prefix;
      this.handler = handler;
    }

    /** -1 if the path does not match; higher ranks are more specific. */
    int rank(HttpRequest request) {
      if (prefix) {
        return request.pathStartsWith(path) ? path.length() : -1;
      }
      return request.pathEquals(path) ? Integer.MAX_VALUE : -1;
    }

    boolean answers(HttpMethod requested) {
      return method == null || method == requested
          || (method == HttpMethod.GET && requested == HttpMethod.HEAD);
    }

    int methodBits() {
      return method == null ? -1 : 1 << method.ordinal();
    }
  }
}
