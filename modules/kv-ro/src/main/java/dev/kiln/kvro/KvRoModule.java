package dev.kiln.kvro;

import dagger.Module;
import dagger.Provides;
import dev.kiln.annotations.KilnModule;
import dev.kiln.api.kv.KvRo;
import jakarta.inject.Singleton;

/** Provides {@link KvRo} over the application's {@link AssetTable}. */
@KilnModule(
    provides = KvRo.class,
    requires = AssetTable.class,
    doc = "Read-only key-value store of the files embedded at build time.")
@Module
public abstract class KvRoModule {
  private KvRoModule() {}

  @Provides
  @Singleton
  static KvRo kvRo(AssetTable table) {
    return new EmbeddedKvRo(table.files());
  }
}
