package dev.kiln.examples.config;

import java.nio.file.Path;

/** Boot-time configuration of config.spt, under Kiln's spt tender (tender arguments). */
class ConfigSptIT extends BootConfigurationContract {
  @Override
  Path image() {
    return ConfigImages.image("spt");
  }
}
