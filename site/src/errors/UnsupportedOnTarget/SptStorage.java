package example;

@dev.kiln.annotations.KilnModule(provides = Storage.class, requires = {}, targets = {dev.kiln.annotations.Target.SPT},
    doc = "SptStorage.")
@dagger.Module
public final class SptStorage {
  @dagger.Provides static Storage provide() {
    return new Storage() {};
  }
}
