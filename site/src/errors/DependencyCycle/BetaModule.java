package example;

@dev.kiln.annotations.KilnModule(provides = Beta.class, requires = {Alpha.class}, targets = {},
    doc = "BetaModule.")
@dagger.Module
public final class BetaModule {
  @dagger.Provides static Beta provide(Alpha alpha) {
    return new Beta() {};
  }
}
