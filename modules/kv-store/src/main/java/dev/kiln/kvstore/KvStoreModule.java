package dev.kiln.kvstore;

import dagger.Module;
import dagger.Provides;
import dev.kiln.annotations.ConfigKey;
import dev.kiln.annotations.ConfigPhase;
import dev.kiln.annotations.ConfigType;
import dev.kiln.annotations.KilnModule;
import dev.kiln.api.Block;
import dev.kiln.api.Console;
import dev.kiln.api.Random;
import dev.kiln.api.Setting;
import dev.kiln.api.kv.KvStore;
import dev.kiln.block.BlockCache;
import jakarta.inject.Singleton;

/** Provides {@link KvStore}: the log-structured store, opened at boot on a block device. */
@KilnModule(
    provides = KvStore.class,
    requires = {Block.class, Random.class, Console.class},
    config = {
        @ConfigKey(name = "kv-store.device", defaultValue = "storage",
            doc = "The block device that holds the store."),
        @ConfigKey(name = "kv-store.format", defaultValue = "never", phase = ConfigPhase.BOOT,
            doc = "What to do with a device that holds no store: never (refuse), if-empty"
                + " (format it if its first MiB is zero) or force (erase it at every boot)."),
        @ConfigKey(name = "kv-store.cache-sectors", type = ConfigType.INT, defaultValue = "1024",
            doc = "Device sectors kept in memory, and written sectors held before write-back.")
    },
    doc = "A crash-safe, log-structured key-value store on a block device.")
@Module
public abstract class KvStoreModule {
  private KvStoreModule() {}

  @Provides
  @Singleton
  static KvStore store(Block block, Random random, Console console,
      @Setting("kv-store.device") String device, @Setting("kv-store.format") String format,
      @Setting("kv-store.cache-sectors") int cacheSectors) {
    FormatPolicy policy = FormatPolicy.parse(format);
    StoreOpener opener = new StoreOpener(new BlockCache(block.device(device), cacheSectors),
        policy, random::nextBytes);
    LogStore store = opener.open();
    console.println(opener.report());
    return store;
  }
}
