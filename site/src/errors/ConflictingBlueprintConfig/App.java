package example;

import dev.kiln.annotations.*;
import dev.kiln.api.*;
import jakarta.inject.Inject;

@Unikernel(name = "app", targets = Target.JVM)
@ConfigKey(name = "who", defaultValue = "world", doc = "Who.")
@Apply({Alice.class, Bob.class})
public final class App implements Application {
  @Inject App() {}

  @Override public void start() {}
}
