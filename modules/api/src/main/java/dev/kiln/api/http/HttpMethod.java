package dev.kiln.api.http;

/**
 * The request methods a handler can be asked to serve (RFC 9110 9.3, RFC 5789). A request with any
 * other method, CONNECT included, is answered 501 Not Implemented without reaching a handler.
 */
public enum HttpMethod {
  GET,
  HEAD,
  POST,
  PUT,
  DELETE,
  OPTIONS,
  PATCH,
  TRACE
}
