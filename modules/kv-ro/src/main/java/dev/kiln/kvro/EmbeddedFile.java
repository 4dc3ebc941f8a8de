package dev.kiln.kvro;

import dev.kiln.api.kv.KvRo;

/**
 * One file embedded at build time: its key, MIME type, entity tag and size, computed by the
 * build, and its bytes as {@link AssetEncoding} chunks. The bytes are decoded on the first read
 * and kept, so later reads are plain copies; two threads racing on the first read each decode the
 * same bytes.
 */
public final class EmbeddedFile implements KvRo.Entry {
  private final String key;
  private final String mimeType;
  private final String etag;
  private final int size;
  private final String[] chunks;
  /** Written once, fully decoded; volatile so that no thread sees a half-filled array. */
  private volatile byte[] content;

  /**
   * @param chunks the content in {@link AssetEncoding}: {@code ceil(size / CHUNK_BYTES)} chunks,
   *     every one but the last carrying {@link AssetEncoding#CHUNK_BYTES} bytes
   * @throws IllegalArgumentException if the number of chunks does not fit the size
   */
  public EmbeddedFile(String key, String mimeType, String etag, int size, String[] chunks) {
    if (key == null || mimeType == null || etag == null || chunks == null) {
      throw new NullPointerException("an embedded file needs a key, MIME type, ETag and chunks");
    }
    int expected = (int) (((long) size + AssetEncoding.CHUNK_BYTES - 1) / AssetEncoding.CHUNK_BYTES);
    if (size < 0 || chunks.length != expected) {
      throw new IllegalArgumentException("embedded file " + key + ": " + chunks.length
          + " chunks cannot carry " + size + " bytes");
    }
    this.key = key;
    this.mimeType = mimeType;
    this.etag = etag;
    this.size = size;
    this.chunks = chunks;
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public String mimeType() {
    return mimeType;
  }

  @Override
  public String etag() {
    return etag;
  }

  @Override
  public int read(int offset, byte[] destination, int destinationOffset, int length) {
    if (offset < 0 || length < 0 || destinationOffset < 0
        || destinationOffset > destination.length - length) {
      throw new IndexOutOfBoundsException("read of " + length + " bytes at " + offset + " into "
          + destination.length + " bytes at " + destinationOffset);
    }
    if (offset >= size) {
      return -1;
    }
    int count = Math.min(length, size - offset);
    System.arraycopy(content(), offset, destination, destinationOffset, count);
    return count;
  }

  @Override
  public byte[] bytes() {
    byte[] copy = new byte[size];
    System.arraycopy(content(), 0, copy, 0, size);
    return copy;
  }

  @Override
  public String toString() {
    return key + " (" + size + " bytes, " + mimeType + ", " + etag + ")";
  }

  private byte[] content() {
    byte[] decoded = content;
    if (decoded == null) {
      decoded = new byte[size];
      for (int i = 0; i < chunks.length; i++) {
        int offset = i * AssetEncoding.CHUNK_BYTES;
        AssetEncoding.decode(chunks[i], decoded, offset,
            Math.min(AssetEncoding.CHUNK_BYTES, size - offset));
      }
      content = decoded;
    }
    return decoded;
  }
}
