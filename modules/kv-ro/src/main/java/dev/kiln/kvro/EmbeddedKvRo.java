package dev.kiln.kvro;

import dev.kiln.api.kv.KvRo;
import java.util.AbstractList;
import java.util.List;

/** {@link KvRo} over the embedded files: a sorted array searched by binary search. */
public final class EmbeddedKvRo implements KvRo {
  private final EmbeddedFile[] files;
  private final List<String> keys;

  /**
   * @throws IllegalArgumentException if the files are not sorted by key or a key repeats
   */
  public EmbeddedKvRo(EmbeddedFile[] files) {
    EmbeddedFile[] copy = files.clone();
    for (int i = 1; i < copy.length; i++) {
      if (copy[i - 1].key().compareTo(copy[i].key()) >= 0) {
        throw new IllegalArgumentException("embedded files must be sorted by key without"
            + " duplicates: \"" + copy[i - 1].key() + "\" comes before \"" + copy[i].key() + "\"");
      }
    }
    this.files = copy;
    this.keys = new AbstractList<>() {
      @Override
      public String get(int index) {
        return copy[index].key();
      }

      @Override
      public int size() {
        return copy.length;
      }
    };
  }

  @Override
  public Entry get(String key) {
    int index = indexOf(key);
    return index < 0 ? null : files[index];
  }

  @Override
  public boolean exists(String key) {
    return indexOf(key) >= 0;
  }

  @Override
  public List<String> keys() {
    return keys;
  }

  private int indexOf(String key) {
    if (key == null) {
      return -1;
    }
    int low = 0;
    int high = files.length - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int order = files[middle].key().compareTo(key);
      if (order < 0) {
        low = middle + 1;
      } else if (order > 0) {
        high = middle - 1;
      } else {
        return middle;
      }
    }
    return -1;
  }
}
