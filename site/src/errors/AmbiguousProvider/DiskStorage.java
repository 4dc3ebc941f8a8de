package example;

@dev.kiln.annotations.KilnModule(provides = Storage.class, requires = {}, targets = {},
    doc = "DiskStorage.")
@dagger.Module
public final class DiskStorage {
  @dagger.Provides static Storage provide() {
    return new Storage() {};
  }
}
