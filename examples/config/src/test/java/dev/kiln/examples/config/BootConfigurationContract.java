package dev.kiln.examples.config;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.cli.KilnLauncher;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What boot-time configuration must do on every target that boots: typed values from the boot
 * command line reach the application, {@code --help} lists every key with its doc and default and
 * exits 0, and a bad value stops the boot with one clear line and exit status 2. One subclass per
 * target.
 */
abstract class BootConfigurationContract {
  abstract Path image();

  @Test
  void helpListsEveryBootKeyWithItsDocAndDefaultThenExitsZero() throws Exception {
    KilnLauncher.Result result = ConfigImages.boot(image(), "--help");
    assertThat(result.output()).contains("Usage: config [--KEY=VALUE]");
    assertThat(result.output()).contains("--greeting=STRING");
    assertThat(result.output()).contains("The word to greet with. (default: Hello)");
    assertThat(result.output()).contains("--repeat=INT");
    assertThat(result.output()).contains("How many times to greet. (default: 1)");
    assertThat(result.output()).contains("--shout=BOOLEAN");
    assertThat(result.output()).contains("--api.token=STRING");
    assertThat(result.output()).contains("given at boot only");
    assertThat(result.output()).doesNotContain("Hello, Kiln!");
    assertThat(result.status()).isEqualTo(0);
  }

  @Test
  void typedValuesAndTheSecretReachTheApplication() throws Exception {
    String token = UUID.randomUUID().toString();
    KilnLauncher.Result result = ConfigImages.boot(image(),
        "--greeting=Hi", "--repeat=2", "--shout=true", "--api.token=" + token);
    assertThat(lines(result)).contains("HI, KILN!\nHI, KILN!\n");
    assertThat(result.output()).contains("token: given (36 characters)");
    assertThat(result.output()).doesNotContain(token);
    assertThat(result.status()).isEqualTo(0);
  }

  @Test
  void defaultsApplyToWhatIsNotGiven() throws Exception {
    KilnLauncher.Result result = ConfigImages.boot(image(), "--api.token=t");
    assertThat(lines(result)).contains("Hello, Kiln!\ntoken: given (1 characters)");
    assertThat(result.status()).isEqualTo(0);
  }

  @Test
  void aSecretHasNoDefaultSoItMustBeGivenAtBoot() throws Exception {
    KilnLauncher.Result result = ConfigImages.boot(image());
    assertThat(result.output()).contains("config: --api.token is required");
    assertThat(result.output()).doesNotContain("Hello, Kiln!");
    assertThat(result.status()).isEqualTo(2);
  }

  @Test
  void aBadValueIsAClearErrorAndExitsTwo() throws Exception {
    KilnLauncher.Result result = ConfigImages.boot(image(), "--repeat=twice");
    assertThat(result.output()).contains("config: --repeat: 'twice' is not a whole number");
    assertThat(result.output()).contains("config: boot with --help to list the options");
    assertThat(result.output()).doesNotContain("Uncaught exception");
    assertThat(result.output()).doesNotContain("Hello, Kiln!");
    assertThat(result.status()).isEqualTo(2);
  }

  @Test
  void aBadBooleanAndAnUnknownKeyAreClearErrorsToo() throws Exception {
    KilnLauncher.Result bool = ConfigImages.boot(image(), "--shout=loudly");
    assertThat(bool.output()).contains("config: --shout:");
    assertThat(bool.status()).isEqualTo(2);
    KilnLauncher.Result unknown = ConfigImages.boot(image(), "--colour=red");
    assertThat(unknown.output()).contains("config: unknown option --colour");
    assertThat(unknown.status()).isEqualTo(2);
  }

  /** The output with the serial console's CR LF line ends as LF. */
  private static String lines(KilnLauncher.Result result) {
    return result.output().replace("\r\n", "\n");
  }
}
