/**
 * HTTP/1.1 message syntax (RFC 9112) as pure codecs over byte ranges: no I/O, no state beyond the
 * message being parsed, and no allocation on the parsing paths.
 */
package dev.kiln.http.codec;
