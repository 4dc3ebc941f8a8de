package dev.kiln.examples.hello;

import dev.kiln.annotations.Config;
import dev.kiln.annotations.ConfigKey;
import dev.kiln.annotations.Unikernel;
import dev.kiln.api.Application;
import dev.kiln.api.BootArguments;
import dev.kiln.api.Clock;
import dev.kiln.api.Console;
import dev.kiln.api.Setting;
import jakarta.inject.Inject;

/** Greets someone, says how long the boot took, and exits 0. */
@Unikernel(name = "hello")
@ConfigKey(name = "greeting.name", defaultValue = "world", doc = "Who the greeting is for.")
@Config(key = "greeting.name", value = "Kiln")
public final class Hello implements Application {
  private final Console console;
  private final Clock clock;
  private final BootArguments boot;
  private final String name;

  @Inject
  Hello(Console console, Clock clock, BootArguments boot, @Setting("greeting.name") String name) {
    this.console = console;
    this.clock = clock;
    this.boot = boot;
    this.name = name;
  }

  @Override
  public void start() {
    long micros = (clock.monotonicNanos() - boot.startNanos()) / 1_000;
    console.println("Hello, " + name + "! Booted in " + Millis.format(micros) + " ms.");
  }
}
