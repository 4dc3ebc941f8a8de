package dev.kiln.kvro;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.api.kv.KvRo;
import org.junit.jupiter.api.Test;

class EmbeddedKvRoTest {
  private static EmbeddedFile empty(String key) {
    return new EmbeddedFile(key, "application/octet-stream", "\"e3b0c44298fc1c14\"", 0,
        new String[0]);
  }

  private final KvRo store = new EmbeddedKvRo(new EmbeddedFile[] {
      empty("css/site.css"), empty("img/logo.png"), empty("index.html")});

  @Test
  void getFindsEveryKey() {
    for (String key : store.keys()) {
      assertThat(store.get(key).key()).isEqualTo(key);
      assertThat(store.exists(key)).isTrue();
    }
  }

  @Test
  void unknownKeysAreAbsent() {
    for (String key : new String[] {"", "css", "css/", "index.htm", "index.html/", "zzz", "A"}) {
      assertThat(store.get(key)).isNull();
      assertThat(store.exists(key)).isFalse();
    }
    assertThat(store.get(null)).isNull();
  }

  @Test
  void keysAreSortedAndCannotBeChanged() {
    assertThat(store.keys()).containsExactly("css/site.css", "img/logo.png", "index.html")
        .inOrder();
    assertThrows(UnsupportedOperationException.class, () -> store.keys().add("x"));
  }

  @Test
  void anEmptyTableHoldsNothing() {
    KvRo none = new EmbeddedKvRo(new EmbeddedFile[0]);

    assertThat(none.keys()).isEmpty();
    assertThat(none.get("index.html")).isNull();
  }

  @Test
  void unsortedOrRepeatedKeysAreRejected() {
    IllegalArgumentException unsorted = assertThrows(IllegalArgumentException.class,
        () -> new EmbeddedKvRo(new EmbeddedFile[] {empty("b"), empty("a")}));
    IllegalArgumentException repeated = assertThrows(IllegalArgumentException.class,
        () -> new EmbeddedKvRo(new EmbeddedFile[] {empty("a"), empty("a")}));

    assertThat(unsorted).hasMessageThat().contains("\"b\" comes before \"a\"");
    assertThat(repeated).hasMessageThat().contains("\"a\" comes before \"a\"");
  }

  @Test
  void laterChangesToTheGivenArrayDoNotLeakIn() {
    EmbeddedFile[] files = {empty("a"), empty("b")};
    KvRo kv = new EmbeddedKvRo(files);

    files[0] = empty("z");

    assertThat(kv.keys()).containsExactly("a", "b").inOrder();
  }
}
