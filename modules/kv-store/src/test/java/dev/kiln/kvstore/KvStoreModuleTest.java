package dev.kiln.kvstore;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.api.Block;
import dev.kiln.api.Console;
import dev.kiln.api.boot.BootConfigurationException;
import dev.kiln.api.kv.KvStore;
import dev.kiln.api.kv.KvStoreFormatException;
import dev.kiln.block.MemoryBlockDevice;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the module's provider does with the configuration, on a device in memory. */
class KvStoreModuleTest {
  private final MemoryBlockDevice device = new MemoryBlockDevice("storage", 512, 400);
  private final Block block = name -> {
    if (!name.equals("storage")) {
      throw new IllegalArgumentException("the image declares no block device named " + name);
    }
    return device;
  };
  private final List<String> lines = new ArrayList<>();
  private final Console console = new Console() {
    private final StringBuilder line = new StringBuilder();

    @Override
    public void print(CharSequence text) {
      line.append(text);
    }

    @Override
    public void flush() {
      if (line.length() > 0) {
        lines.add(line.toString().strip());
        line.setLength(0);
      }
    }
  };
  private long seed = 7;
  private final dev.kiln.api.Random random = () -> seed++ * 0x9E3779B97F4A7C15L;

  @Test
  void formatsABlankDeviceWhenAskedAndKeepsItsDataAcrossBoots() {
    KvStore first = KvStoreModule.store(block, random, console, "storage", "if-empty", 64);
    first.put("greeting", new byte[] {'h', 'i'});
    KvStore second = KvStoreModule.store(block, random, console, "storage", "never", 64);

    assertThat(second.get("greeting")).isEqualTo(new byte[] {'h', 'i'});
    assertThat(lines.get(0)).startsWith("kv-store: formatted block device storage"
        + " (kv-store.format=if-empty and the device was blank): new store ");
    assertThat(lines.get(1)).endsWith(" on storage: 1 keys, 1 log groups");
  }

  @Test
  void refusesABlankDeviceByDefault() {
    assertThrows(KvStoreFormatException.class,
        () -> KvStoreModule.store(block, random, console, "storage", "never", 64));
    assertThrows(BootConfigurationException.class,
        () -> KvStoreModule.store(block, random, console, "storage", "yes", 64));
  }
}
