package example;

import dev.kiln.annotations.*;
import dev.kiln.api.*;
import jakarta.inject.Inject;

@Unikernel(name = "app", targets = Target.JVM)
@Device(name = "my_disk", type = DeviceType.BLOCK)
public final class App implements Application {
  @Inject App() {}

  @Override public void start() {}
}
