package dev.kiln.examples.config;

import java.nio.file.Path;

/** Boot-time configuration of config.virtio under QEMU (arguments through -append). */
class ConfigVirtioIT extends BootConfigurationContract {
  @Override
  Path image() {
    ConfigImages.skipUnless(ConfigImages.onPath("qemu-system-x86_64"),
        "qemu-system-x86_64 is not installed (Debian's qemu-system-x86)");
    return ConfigImages.image("virtio");
  }
}
