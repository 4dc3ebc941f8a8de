/**
 * Byte-range access to block devices, above the {@link dev.kiln.api.Block} capability that every
 * target provides (Solo5 block devices on spt, hvt and virtio; a file on the JVM).
 *
 * <p>{@link dev.kiln.block.BlockCache} turns a {@link dev.kiln.api.BlockDevice}, which moves whole
 * sectors at sector-aligned offsets, into storage addressed by the byte: a partial sector is
 * read, modified and written back; writes are held as dirty sectors and written back at the
 * barrier, consecutive sectors merged into one request ({@link dev.kiln.block.SectorRuns}); reads
 * are cached and, for scans, read ahead. {@link dev.kiln.block.MemoryBlockDevice} is a device in
 * memory for tests and RAM disks. This is a library, not a capability: a module that stores data
 * (the key-value store) builds a cache over the device it is given.
 *
 * <p><b>Where merging and read-ahead pay.</b> On the JVM a file device opened for synchronous
 * writes makes every write request one synchronous write of the file, so writing a 4 KiB record
 * as one merged request instead of eight sector requests saves seven synchronous writes; read
 * requests are system calls, so read-ahead turns a scan's per-record reads into one call per 32
 * KiB. The Solo5 ABI takes exactly one block per call ({@code solo5_block_read/write}), so on
 * spt, hvt and virtio the driver still splits a merged request into per-sector calls; there the
 * gain is that a sector written several times between two barriers (a log's last, partly filled
 * sector) is written once, that reads already cached make no call, and that random reads read
 * only the sectors they need (read-ahead only starts when misses are consecutive).
 *
 * <p><b>The durability barrier.</b> {@link dev.kiln.block.BlockCache#flush()} writes every dirty
 * sector back and returns when the device has taken them: {@link dev.kiln.api.BlockDevice}
 * promises a write has reached the device when the call returns. The Solo5 ABI has no flush
 * call, so what "reached the device" means is the target's:
 *
 * <ul>
 *   <li>jvm: the file is opened {@code rwd}, so each write returns after the host wrote the data
 *       to its storage device (like {@code FileChannel.force(false)} after every write); it
 *       survives the process and the host ending.
 *   <li>spt and hvt: the tender's {@code pwrite} into the host file returned: the data is in the
 *       host kernel's page cache. It survives the unikernel and the tender ending (crash, kill,
 *       exit); a host power loss can lose or reorder it, because neither tender syncs the file.
 *   <li>virtio: the virtio-blk write request completed. Kiln's driver does not negotiate
 *       {@code VIRTIO_BLK_F_FLUSH}, so the data is in the hypervisor's hands: with QEMU's default
 *       cache mode it is in the host's page cache, with the same limit as spt.
 *   <li>xen: no block devices yet.
 * </ul>
 *
 * <p>A device that holds completed writes in a volatile cache can implement {@link
 * dev.kiln.block.FlushableBlockDevice}; the barrier then also flushes it. (Moving {@code flush}
 * into {@link dev.kiln.api.BlockDevice} as a default method would let target drivers do so.)
 *
 * <p>Not implemented: asynchronous or overlapping requests (every Kiln target is synchronous),
 * sharing one cache between several users of a device.
 */
package dev.kiln.block;
