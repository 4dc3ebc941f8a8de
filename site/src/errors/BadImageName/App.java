package example;

import dev.kiln.annotations.*;
import dev.kiln.api.*;
import jakarta.inject.Inject;

@Unikernel(name = "my app", targets = Target.JVM)
public final class App implements Application {
  @Inject App() {}

  @Override public void start() {}
}
