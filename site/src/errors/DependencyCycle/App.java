package example;

import dev.kiln.annotations.*;
import dev.kiln.api.*;
import jakarta.inject.Inject;

@Unikernel(name = "app", targets = Target.JVM)
@Needs(Alpha.class)
public final class App implements Application {
  @Inject App() {}

  @Override public void start() {}
}
