package example;

import dev.kiln.annotations.*;
import dev.kiln.api.*;
import jakarta.inject.Inject;

@Unikernel(name = "app", targets = Target.JVM)
@ConfigKey(name = "token", doc = "API token.", phase = ConfigPhase.BOOT, secret = true)
@Config(key = "token", value = "hunter2")
public final class App implements Application {
  @Inject App() {}

  @Override public void start() {}
}
