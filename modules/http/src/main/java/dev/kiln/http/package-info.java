/**
 * HTTP/1.1 server (RFC 9110, RFC 9112) over the {@link dev.kiln.api.net.Tcp} capability, so it
 * runs unchanged on Kiln's own TCP stack (spt, virtio, hvt) and on the host's sockets (jvm).
 *
 * <p>Provides {@link dev.kiln.api.http.Http}; requires {@link dev.kiln.api.net.Tcp}, {@link
 * dev.kiln.api.EventLoop}, {@link dev.kiln.api.Clock} and {@link dev.kiln.api.Console}.
 *
 * <p>Layers, bottom up:
 *
 * <ul>
 *   <li>Codec ({@link dev.kiln.http.codec}): {@link dev.kiln.http.codec.RequestHeadParser} parses
 *       a request head incrementally and in place into a {@link dev.kiln.http.codec.RequestHead}
 *       of offsets, enforcing the {@link dev.kiln.http.codec.HeadLimits} (414, 431) line by line;
 *       {@link dev.kiln.http.codec.RequestFraming} reads Host, Content-Length,
 *       Transfer-Encoding, Connection and Expect; {@link dev.kiln.http.codec.ChunkedDecoder}
 *       decodes chunked bodies; {@link dev.kiln.http.codec.HttpDate} writes IMF-fixdates; {@link
 *       dev.kiln.http.codec.EntityTags} evaluates If-None-Match.
 *   <li>Connection: {@link dev.kiln.http.HttpConnection} is one connection's cycle (head, body,
 *       handler, response, next pipelined request) with its header, idle and linger timer;
 *       {@link dev.kiln.http.ResponseWriter} is its output side (response heads, 304 and HEAD,
 *       Content-Length or chunked bodies, writing as TCP drains).
 *   <li>Server: {@link dev.kiln.http.HttpServer} listens, pools connections with their buffers,
 *       turns connections beyond {@code http.max-connections} away with 503, and logs each
 *       request on the console.
 * </ul>
 *
 * <p>Memory per connection: an input buffer of the longest head the limits allow plus 2 KiB, an
 * 8 KiB output buffer, and a body buffer grown on demand up to {@code http.max-body-bytes} (let go
 * after a request when above 64 KiB). Steady keep-alive traffic allocates no buffers; Strings are
 * made only when a handler asks for one.
 *
 * <p>Not implemented yet: handlers that answer later (a handler answers before it returns; a
 * {@link dev.kiln.api.http.BodySource} can stream a large body), Range requests,
 * If-Modified-Since, content codings (gzip), trailers in responses, upgrading (WebSocket,
 * HTTP/2), TLS, percent-decoding of paths for routing, and a request-body timeout separate from
 * the idle timeout.
 */
package dev.kiln.http;
