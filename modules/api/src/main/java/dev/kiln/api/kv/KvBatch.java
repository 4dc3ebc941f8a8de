package dev.kiln.api.kv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Puts and deletes that {@link KvStore#apply} writes together, all or none. Operations apply in
 * the order added; a later operation on the same key wins. Values are copied when added.
 */
public final class KvBatch {
  /** One operation of a batch: a put (value not null) or a delete (value null). */
  public static final class Operation {
    private final String key;
    private final byte[] value;

    Operation(String key, byte[] value) {
      this.key = key;
      this.value = value;
    }

    public String key() {
      return key;
    }

    /** Whether this operation deletes {@link #key()}. */
    public boolean isDelete() {
      return value == null;
    }

    /** A copy of the value put, or null for a delete. */
    public byte[] value() {
      return value == null ? null : value.clone();
    }

    /** The length of the value put, or -1 for a delete. */
    public int valueLength() {
      return value == null ? -1 : value.length;
    }
  }

  private final List<Operation> operations = new ArrayList<>();

  /** Adds a put of a copy of {@code value} under {@code key}. */
  public KvBatch put(String key, byte[] value) {
    if (key == null || value == null) {
      throw new NullPointerException("a batch put needs a key and a value");
    }
    operations.add(new Operation(key, value.clone()));
    return this;
  }

  /** Adds a delete of {@code key}; deleting a key that has no value is allowed. */
  public KvBatch delete(String key) {
    if (key == null) {
      throw new NullPointerException("a batch delete needs a key");
    }
    operations.add(new Operation(key, null));
    return this;
  }

  /** The operations in the order added; the list cannot be modified. */
  public List<Operation> operations() {
    return Collections.unmodifiableList(operations);
  }

  public int size() {
    return operations.size();
  }

  public boolean isEmpty() {
    return operations.isEmpty();
  }
}
