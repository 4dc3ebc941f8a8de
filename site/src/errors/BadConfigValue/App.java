package example;

import dev.kiln.annotations.*;
import dev.kiln.api.*;
import jakarta.inject.Inject;

@Unikernel(name = "app", targets = Target.JVM)
@ConfigKey(name = "port", type = ConfigType.INT, defaultValue = "80", doc = "Port.")
@Config(key = "port", value = "eighty")
public final class App implements Application {
  @Inject App() {}

  @Override public void start() {}
}
