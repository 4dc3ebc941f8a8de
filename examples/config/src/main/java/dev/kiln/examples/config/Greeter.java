package dev.kiln.examples.config;

import dev.kiln.annotations.ConfigKey;
import dev.kiln.annotations.ConfigPhase;
import dev.kiln.annotations.ConfigType;
import dev.kiln.annotations.Unikernel;
import dev.kiln.api.Application;
import dev.kiln.api.Console;
import dev.kiln.api.Setting;
import jakarta.inject.Inject;

/**
 * Boot-time configuration: typed keys read from the boot command line, and a secret that is only
 * ever given at boot. Greets as configured, says whether the token was given (never what it is),
 * and exits 0.
 */
@Unikernel(name = "config")
@ConfigKey(name = "greeting", defaultValue = "Hello", phase = ConfigPhase.BOOT,
    doc = "The word to greet with.")
@ConfigKey(name = "repeat", type = ConfigType.INT, defaultValue = "1", phase = ConfigPhase.BOOT,
    doc = "How many times to greet.")
@ConfigKey(name = "shout", type = ConfigType.BOOLEAN, defaultValue = "false",
    phase = ConfigPhase.BOOT, doc = "Greet in capitals.")
@ConfigKey(name = "api.token", phase = ConfigPhase.BOOT, secret = true,
    doc = "A token the application would present to a service; given at boot only.")
public final class Greeter implements Application {
  private final Console console;
  private final String greeting;
  private final int repeat;
  private final boolean shout;
  private final String token;

  @Inject
  Greeter(Console console, @Setting("greeting") String greeting, @Setting("repeat") int repeat,
      @Setting("shout") boolean shout, @Setting("api.token") String token) {
    this.console = console;
    this.greeting = greeting;
    this.repeat = repeat;
    this.shout = shout;
    this.token = token;
  }

  @Override
  public void start() {
    String line = greeting + ", Kiln!";
    for (int i = 0; i < repeat; i++) {
      console.println(shout ? line.toUpperCase() : line);
    }
    console.println(token == null || token.isEmpty() ? "token: not given"
        : "token: given (" + token.length() + " characters)");
  }
}
