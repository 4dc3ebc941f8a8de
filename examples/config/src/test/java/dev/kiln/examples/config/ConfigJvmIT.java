package dev.kiln.examples.config;

import java.nio.file.Path;

/** Boot-time configuration of config.jar on this JVM. */
class ConfigJvmIT extends BootConfigurationContract {
  @Override
  Path image() {
    return ConfigImages.image("jar");
  }
}
