/**
 * HTTP: the {@link dev.kiln.api.http.Http} server capability and the small API its handlers use.
 *
 * <p>An application injects {@code Http}, builds a handler (usually a {@link
 * dev.kiln.api.http.Routes} table of {@link dev.kiln.api.http.HttpHandler}s, e.g. {@link
 * dev.kiln.api.http.StaticContent} for fixed files) and calls {@code serve}. Each handler call
 * gets a {@link dev.kiln.api.http.HttpRequest} (a view over the connection's buffers, valid during
 * the call) and answers through a {@link dev.kiln.api.http.HttpResponse}: bytes with a known
 * length, or a {@link dev.kiln.api.http.BodySource} pulled as the connection drains.
 */
package dev.kiln.api.http;
