package example;

@dev.kiln.annotations.KilnModule(provides = Alpha.class, requires = {Beta.class}, targets = {},
    doc = "AlphaModule.")
@dagger.Module
public final class AlphaModule {
  @dagger.Provides static Alpha provide(Beta beta) {
    return new Alpha() {};
  }
}
