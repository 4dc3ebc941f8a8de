package example;

@dev.kiln.annotations.KilnModule(provides = Storage.class, requires = {}, targets = {},
    doc = "MemoryStorage.")
@dagger.Module
public final class MemoryStorage {
  @dagger.Provides static Storage provide() {
    return new Storage() {};
  }
}
