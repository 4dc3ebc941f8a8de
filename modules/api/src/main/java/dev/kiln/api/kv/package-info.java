/**
 * Key-value stores: {@link dev.kiln.api.kv.KvRo}, files fixed when the image was built and read
 * by key, and {@link dev.kiln.api.kv.KvStore}, a persistent store on a block device whose writes
 * are durable and atomic when the call returns.
 *
 * <p>{@code KvStore} writes one key at a time ({@code put}, {@code delete}) or several at once,
 * all or none ({@link dev.kiln.api.kv.KvBatch}). Its failures are {@link
 * dev.kiln.api.kv.KvStoreException}s: the device holds no store and may not be formatted ({@link
 * dev.kiln.api.kv.KvStoreFormatException}), a write does not fit ({@link
 * dev.kiln.api.kv.KvStoreFullException}), or stored data failed its checksum ({@link
 * dev.kiln.api.kv.KvStoreCorruptedException}); bad keys and values too long are {@link
 * IllegalArgumentException}s. Both stores are used from the image's event loop only.
 */
package dev.kiln.api.kv;
