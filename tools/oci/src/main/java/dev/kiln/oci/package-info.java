/**
 * OCI images written without Docker: an image layout (OCI Image Format 1.0: {@code oci-layout},
 * {@code index.json}, {@code blobs/sha256/}) and a tar that is both a docker-archive and an OCI
 * layout archive. Everything is reproducible: fixed timestamps, sorted tar entries, owner 0, fixed
 * modes, JSON written in one fixed order.
 *
 * <p>Not implemented: compressed layers (layers are plain tar, which the image spec allows and
 * which keeps digests independent of a compressor's version), more than one layer, multi-platform
 * indexes, signatures.
 */
package dev.kiln.oci;
