package example;

import dev.kiln.annotations.*;
import dev.kiln.api.*;
import jakarta.inject.Inject;

@Unikernel(name = "app", targets = Target.JVM)
@Config(key = "greeting", value = "hello")
public final class App implements Application {
  @Inject App() {}

  @Override public void start() {}
}
