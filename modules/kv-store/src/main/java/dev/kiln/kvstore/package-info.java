/**
 * A persistent key-value store on a block device.
 *
 * <p>Provides {@link dev.kiln.api.kv.KvStore}; requires {@link dev.kiln.api.Block} (the device
 * named by {@code kv-store.device}, "storage" unless set), {@link dev.kiln.api.Random} (the
 * format UUID) and {@link dev.kiln.api.Console} (one line at boot saying what the open did).
 * Device access goes through {@link dev.kiln.block.BlockCache}, whose barrier is the store's
 * durability point; what that barrier means on each target is described in {@link
 * dev.kiln.block}.
 *
 * <p><b>Why log-structured.</b> Every write appends one group of records at the end of a log and
 * then passes one barrier: a single sequential device request per write, no in-place update, so
 * no sector holding acknowledged data is ever rewritten and a torn write can only damage the
 * write that was in flight. Atomic batches come for free (a batch is one group, valid only
 * whole), and recovery is a scan that stops at the first group that does not check out. A
 * B-tree would need a write-ahead log or copy-on-write pages to get the same crash safety, with
 * several scattered writes per update; its advantage, an index that need not fit in memory and
 * no compaction, matters little for a unikernel's store, which is small and owns its whole
 * device.
 *
 * <p><b>On the device</b> ({@link dev.kiln.kvstore.StoreLayout}): two superblock slots of 4 KiB
 * ({@link dev.kiln.kvstore.Superblock}: magic, format version, format UUID, the current log area
 * and its generation, the epoch), then two equal log areas. The log in the current area is a
 * run of record groups ({@link dev.kiln.kvstore.GroupHeader}), each starting at a sector
 * boundary and carrying the store id, the area generation, the epoch it was written in, a
 * sequence number, and the CRC-32C of its payload (its commit mark); the payload is records
 * ({@link dev.kiln.kvstore.LogRecord}), each with its own CRC-32C.
 *
 * <p><b>Recovery</b> ({@link dev.kiln.kvstore.LogScan}) reads the current area from its start,
 * applying each group that belongs to this store and area, continues the sequence, and checks
 * out; the first one that does not ends the log, and an unfinished last write is dropped. The
 * index (every key to the position of its newest put record) is rebuilt in memory on the way.
 * Old data past the end of the log cannot be mistaken for new: groups of an earlier area use an
 * older generation, and each open starts a new epoch in the superblock, so leftovers of a write
 * that never finished before an earlier crash carry an older epoch than what was written since.
 * A damaged group followed by sound ones is corruption, not an unfinished write: the open
 * refuses with {@link dev.kiln.api.kv.KvStoreCorruptedException}. Values are checked again
 * against their record checksum on every read; damaged data is reported, never returned.
 *
 * <p><b>Compaction</b> runs when a write does not fit in the rest of the current area: the
 * current values are copied, packed, into the other area under the next generation, the barrier
 * is passed, and then the superblock naming the other area is written to the other slot and
 * the barrier passed again. A crash before that last step leaves the old superblock and area
 * current and whole. The log therefore never takes more than one area: about half of the
 * device less 8 KiB, and values must fit in that with the write in hand, or the write fails
 * with {@link dev.kiln.api.kv.KvStoreFullException} and stores nothing. Live data near an area's
 * size makes compaction frequent; keep it under about half an area for steady write speed.
 *
 * <p><b>Formatting</b> is never implicit. {@code kv-store.format} (boot-time) is {@code never}
 * by default: a device without a Kiln superblock is refused with {@link
 * dev.kiln.api.kv.KvStoreFormatException}, whose message says whether it is blank or holds other
 * data and which setting would format it. {@code if-empty} formats a device whose first MiB is
 * all zero (a freshly created image file) and still refuses anything else; {@code force} erases
 * and formats at every boot, whatever the device holds. A store of another format version, or
 * laid out for another sector size or a larger device, is refused too.
 *
 * <p>Memory: the index holds every key and a location (about 100 bytes per key plus the key),
 * and the block cache {@code kv-store.cache-sectors} sectors. Opening reads the whole current
 * log once.
 *
 * <p>Not implemented yet: a host's power loss on spt and virtio (the targets' barrier reaches
 * the host's page cache, not its disk: see {@link dev.kiln.block}), telling damage to the very
 * last group from an unfinished write (it is dropped and reported at boot), repair of a damaged
 * log, snapshots or iteration over values, concurrent use, indexes larger than memory.
 */
package dev.kiln.kvstore;
