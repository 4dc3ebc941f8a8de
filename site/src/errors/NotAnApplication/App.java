package example;

import dev.kiln.annotations.*;
import dev.kiln.api.*;
import jakarta.inject.Inject;

@Unikernel(name = "app", targets = Target.JVM)
public final class App {
  @Inject App() {}
}
