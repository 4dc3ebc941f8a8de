package dev.kiln.api.boot;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.api.Application;
import dev.kiln.api.BootArguments;
import dev.kiln.api.Console;
import dev.kiln.api.EventLoop;
import dev.kiln.api.Shutdown;
import dev.kiln.api.Timer;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class BootTest {
  private static final List<BootOption> OPTIONS = List.of(
      new BootOption("http.port", "INT", "80", "Port to listen on.", false),
      new BootOption("token", "STRING", null, "API token.", true));

  private final StringBuilder console = new StringBuilder();
  private int exitStatus = -1;

  private String stdout() {
    return console.toString();
  }

  /** Boots through {@link Boot#run} and returns the status it ended the image with. */
  private int boot(String[] args, List<BootOption> options,
      Function<BootArguments, Composition> wiring) {
    Boot.run("web", args, 0, options, wiring);
    return exitStatus;
  }

  private Function<BootArguments, Composition> unstarted() {
    return wiring(() -> {
      throw new AssertionError("must not start");
    }, () -> {
      throw new AssertionError("must not run");
    });
  }

  @Test
  void helpListsTheBootOptionsAndExitsZeroWithoutWiring() {
    int status = boot(new String[] {"--help"}, OPTIONS, unstarted());
    assertThat(status).isEqualTo(0);
    assertThat(stdout()).contains("Usage: web [--KEY=VALUE]...");
    assertThat(stdout()).contains("--http.port=INT\n      Port to listen on. (default: 80)");
    assertThat(stdout()).contains("--token=STRING\n      API token. (required)");
  }

  @Test
  void unknownOptionIsAClearErrorWithStatusTwo() {
    int status = boot(new String[] {"--colour=red", "--token=x"}, OPTIONS, unstarted());
    assertThat(status).isEqualTo(Boot.BAD_ARGUMENTS);
    assertThat(stdout()).contains("web: unknown option --colour");
    assertThat(stdout()).contains("boot with --help");
  }

  @Test
  void badlyTypedValueIsAClearError() {
    int status = boot(new String[] {"--http.port=eighty", "--token=x"}, OPTIONS, unstarted());
    assertThat(status).isEqualTo(Boot.BAD_ARGUMENTS);
    assertThat(stdout()).contains("web: --http.port: 'eighty' is not a whole number");
  }

  @Test
  void secretValueIsNeverEchoed() {
    List<BootOption> options =
        List.of(new BootOption("pin", "INT", null, "A secret number.", true));
    int status = boot(new String[] {"--pin=hunter2"}, options, unstarted());
    assertThat(status).isEqualTo(Boot.BAD_ARGUMENTS);
    assertThat(stdout()).doesNotContain("hunter2");
  }

  @Test
  void missingRequiredOptionIsAClearError() {
    int status = boot(new String[0], OPTIONS, unstarted());
    assertThat(status).isEqualTo(Boot.BAD_ARGUMENTS);
    assertThat(stdout()).contains("--token is required (API token.)");
  }

  @Test
  void runsTheApplicationThenTheLoopAndReturnsItsStatus() {
    StringBuilder order = new StringBuilder();
    int status = boot(new String[] {"--token=x", "rest"}, OPTIONS,
        wiring(() -> order.append("start;"), () -> {
          order.append("loop;");
          return 5;
        }));
    assertThat(status).isEqualTo(5);
    assertThat(order.toString()).isEqualTo("start;loop;");
  }

  @Test
  void failingApplicationPrintsTheStackTraceOnTheConsoleAndReturnsOne() {
    int status = boot(new String[] {"--token=x"}, OPTIONS,
        wiring(() -> {
          throw new IllegalStateException("no disk", new RuntimeException("root cause"));
        }, () -> 0));
    assertThat(status).isEqualTo(1);
    assertThat(console.toString()).contains(
        "Uncaught exception: java.lang.IllegalStateException: no disk\n\tat ");
    assertThat(console.toString()).contains("Caused by: java.lang.RuntimeException: root cause");
  }

  @Test
  void aValueAModuleRejectsWhileWiringIsAClearErrorNotAStackTrace() {
    int status = boot(new String[] {"--token=x"}, OPTIONS,
        wiring(() -> BootValues.port("http.port", 70000), () -> 0));
    assertThat(status).isEqualTo(Boot.BAD_ARGUMENTS);
    assertThat(stdout()).contains("web: --http.port: 70000 is not a port (1..65535)");
    assertThat(stdout()).doesNotContain("\tat ");
  }

  @Test
  void parsedValuesNameTheirKeyWhenTheParserRejectsThem() {
    int parsed = BootValues.parsed("ipv4", "10", Integer::parseInt);
    assertThat(parsed).isEqualTo(10);
    BootConfigurationException e = org.junit.jupiter.api.Assertions.assertThrows(
        BootConfigurationException.class,
        () -> BootValues.parsed("ipv4", "10.0.0.300/24", text -> {
          throw new IllegalArgumentException("not an octet: 300");
        }));
    assertThat(e).hasMessageThat().isEqualTo("--ipv4: not an octet: 300");
    assertThat(BootValues.port("p", 1)).isEqualTo(1);
    assertThat(BootValues.port("p", 65535)).isEqualTo(65535);
  }

  @Test
  void bootValuesAreTyped() {
    BootArguments arguments =
        BootArguments.parse(new String[] {"--port=8080", "--debug", "--", "--not-an-option"}, 7);
    assertThat(BootValues.intValue(arguments, "port", "80")).isEqualTo(8080);
    assertThat(BootValues.booleanValue(arguments, "debug", "false")).isTrue();
    assertThat(BootValues.longValue(arguments, "size", "5000000000")).isEqualTo(5_000_000_000L);
    assertThat(arguments.rest()).containsExactly("--not-an-option");
    assertThat(arguments.startNanos()).isEqualTo(7);
  }

  @Test
  void devicesAreTakenInTheTendersSpellingAndAreNotOptions() {
    BootArguments arguments = BootArguments.parse(
        new String[] {"--block:storage=disk.img", "--net:service=tap0", "--port=1"}, 0);
    assertThat(arguments.device("block", "storage")).isEqualTo("disk.img");
    assertThat(arguments.device("net", "service")).isEqualTo("tap0");
    assertThat(arguments.device("block", "other")).isNull();
    assertThat(arguments.optionKeys()).containsExactly("port");
  }

  private Function<BootArguments, Composition> wiring(Runnable start,
      java.util.function.IntSupplier loop) {
    Console recording = new Console() {
      @Override
      public void print(CharSequence text) {
        console.append(text);
      }

      @Override
      public void flush() {}
    };
    EventLoop eventLoop = new EventLoop() {
      @Override
      public Timer at(long deadlineNanos, Runnable task) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Timer after(long delayNanos, Runnable task) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void onReady(long handle, Runnable handler) {}

      @Override
      public void removeReady(long handle) {}

      @Override
      public void exit(int status) {}

      @Override
      public int run() {
        return loop.getAsInt();
      }
    };
    Application application = start::run;
    return arguments -> new Composition() {
      @Override
      public Application application() {
        return application;
      }

      @Override
      public EventLoop eventLoop() {
        return eventLoop;
      }

      @Override
      public Console console() {
        return recording;
      }

      @Override
      public Shutdown shutdown() {
        return status -> exitStatus = status;
      }
    };
  }
}
