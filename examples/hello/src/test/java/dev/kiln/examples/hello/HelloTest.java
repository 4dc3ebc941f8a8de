package dev.kiln.examples.hello;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.tools.report.ImageReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HelloTest {
  @Test
  void reportListsExactlyTheModulesHelloNeedsOnTheJvm() throws IOException {
    ImageReport report;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/kiln/hello/components.json")) {
      report = ImageReport.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    ImageReport.TargetEntry jvm = report.target("jvm");
    assertThat(jvm.built()).isTrue();
    List<String> modules = new ArrayList<>();
    for (ImageReport.ModuleEntry module : jvm.modules()) {
      modules.add(module.module());
    }
    // The platform; Console and Clock from the constructor; EventLoop and Shutdown for the boot
    // entry; the loop needs Idle.
    // Random is on the classpath (kiln-target-jvm) but nothing needs it.
    assertThat(modules).containsExactly(
        "dev.kiln.jvm.JvmPlatformModule",
        "dev.kiln.jvm.JvmConsoleModule",
        "dev.kiln.jvm.JvmClockModule",
        "dev.kiln.eventloop.EventLoopModule",
        "dev.kiln.jvm.JvmShutdownModule",
        "dev.kiln.jvm.JvmIdleModule");
    assertThat(jvm.modules().get(5).chain()).containsExactly(
        "EventLoop (the boot entry runs the event loop)", "EventLoopModule requires Idle")
        .inOrder();
    assertThat(jvm.config()).hasSize(1);
    assertThat(jvm.config().get(0).value()).isEqualTo("Kiln");
    assertThat(jvm.config().get(0).source()).isEqualTo("application");
  }

  @Test
  void bootsOnTheJvmPrintsTheGreetingAndExitsZero() throws Exception {
    Result result = boot();
    assertThat(result.status).isEqualTo(0);
    assertThat(result.output).containsMatch("^Hello, Kiln! Booted in \\d+\\.\\d{3} ms\\.\\n$");
  }

  @Test
  void helpExitsZero() throws Exception {
    Result result = boot("--help");
    assertThat(result.status).isEqualTo(0);
    assertThat(result.output).contains("This image has no boot-time options.");
  }

  @Test
  void unknownBootOptionExitsTwo() throws Exception {
    Result result = boot("--greeting.name=Bob");
    assertThat(result.status).isEqualTo(2);
    assertThat(result.output).contains("hello: unknown option --greeting.name");
  }

  @Test
  void millisecondsAreFormattedWithThreeDecimals() {
    assertThat(Millis.format(0)).isEqualTo("0.000");
    assertThat(Millis.format(7)).isEqualTo("0.007");
    assertThat(Millis.format(12_345)).isEqualTo("12.345");
  }

  private record Result(int status, String output) {}

  private static Result boot(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(HelloJvmMain.class.getName());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("hello did not exit within 60 s");
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.exitValue(), output);
  }

}
