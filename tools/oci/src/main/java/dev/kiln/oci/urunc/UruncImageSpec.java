package dev.kiln.oci.urunc;

import dev.kiln.oci.ImageSpec;
import dev.kiln.oci.LayerFile;
import dev.kiln.tools.report.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a {@link UnikernelImage} into the {@link ImageSpec} urunc runs: a linux/amd64 image whose
 * one layer holds {@code /unikernel/<name>.<target>} (mode 0755), the block device's disk image
 * when there is one, and {@code /urunc.json}; the urunc annotations both in the manifest and as
 * config labels; and the boot arguments as {@code Cmd} (and in the legacy cmdline annotation).
 */
public final class UruncImageSpec {
  private static final int EXECUTABLE = 0755;
  private static final int DATA = 0644;
  /**
   * The {@code Cmd} of an image with no boot arguments. Kubernetes refuses a container with
   * neither entrypoint nor command, and {@code --} only ends the options Kiln's boot entry reads.
   */
  static final List<String> NO_ARGUMENTS = List.of("--");

  private UruncImageSpec() {}

  public static ImageSpec of(UnikernelImage image, Instant created, String refName) {
    Map<String, String> urunc = annotations(image);
    List<LayerFile> files = new ArrayList<>();
    files.add(LayerFile.copyOf(image.binaryPath().substring(1), EXECUTABLE, image.file()));
    image.blockDevice().ifPresent(block ->
        files.add(LayerFile.copyOf(image.blockPath().orElseThrow().substring(1), DATA,
            block.file())));
    files.add(LayerFile.of(UruncAnnotations.URUNC_JSON, DATA, uruncJson(urunc)));

    Map<String, String> manifestAnnotations = new TreeMap<>(urunc);
    manifestAnnotations.put("org.opencontainers.image.title", image.name() + "." + image.target());
    manifestAnnotations.put("org.opencontainers.image.created",
        java.time.format.DateTimeFormatter.ISO_INSTANT.format(
            created.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
    List<String> cmd = image.bootArguments().isEmpty() ? NO_ARGUMENTS : image.bootArguments();
    return new ImageSpec("amd64", "linux", created, cmd, urunc, manifestAnnotations, files,
        refName);
  }

  /** The {@code com.urunc.unikernel.*} annotations of the image, sorted by key. */
  public static Map<String, String> annotations(UnikernelImage image) {
    Map<String, String> annotations = new TreeMap<>();
    annotations.put(UruncAnnotations.UNIKERNEL_TYPE, UruncAnnotations.MIRAGE);
    annotations.put(UruncAnnotations.HYPERVISOR, image.target());
    annotations.put(UruncAnnotations.BINARY, image.binaryPath());
    annotations.put(UruncAnnotations.MOUNT_ROOTFS, "false");
    if (!image.bootArguments().isEmpty()) {
      annotations.put(UruncAnnotations.CMDLINE, String.join(" ", image.bootArguments()));
    }
    image.netDevice().ifPresent(net -> annotations.put(UruncAnnotations.SOLO5_NET_DEV, net));
    image.blockDevice().ifPresent(block -> {
      annotations.put(UruncAnnotations.BLOCK, image.blockPath().orElseThrow());
      annotations.put(UruncAnnotations.SOLO5_BLK_DEV, block.name());
    });
    return annotations;
  }

  /**
   * {@code urunc.json}: the same keys, each value base64 (RFC 4648, with padding) as urunc
   * v0.7.0 decodes them.
   */
  static byte[] uruncJson(Map<String, String> annotations) {
    Map<String, Object> encoded = new TreeMap<>();
    for (Map.Entry<String, String> entry : annotations.entrySet()) {
      encoded.put(entry.getKey(), Base64.getEncoder().encodeToString(
          entry.getValue().getBytes(StandardCharsets.UTF_8)));
    }
    return (Json.write(encoded) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * What keeps urunc v0.7.0 from running the image as it is, in words for a build log: device
   * names other than the ones it always uses. Empty when nothing does.
   */
  public static List<String> compatibilityNotes(UnikernelImage image) {
    List<String> notes = new ArrayList<>();
    image.netDevice().filter(net -> !net.equals(UruncAnnotations.DEFAULT_NET_DEVICE))
        .ifPresent(net -> notes.add("net device '" + net + "': urunc v0.7.0 attaches the pod's"
            + " tap as '" + UruncAnnotations.DEFAULT_NET_DEVICE + "' and only later urunc reads "
            + UruncAnnotations.SOLO5_NET_DEV + " (and then passes --" + net + "-ipv4=...,"
            + " which Kiln's IPv4 module does not read); name the device '"
            + UruncAnnotations.DEFAULT_NET_DEVICE + "'"));
    image.blockDevice().filter(block -> !block.name().equals(
        UruncAnnotations.DEFAULT_BLOCK_DEVICE))
        .ifPresent(block -> notes.add("block device '" + block.name() + "': urunc v0.7.0"
            + " attaches the block image as '" + UruncAnnotations.DEFAULT_BLOCK_DEVICE
            + "'; only later urunc reads " + UruncAnnotations.SOLO5_BLK_DEV + "; name the device '"
            + UruncAnnotations.DEFAULT_BLOCK_DEVICE + "'"));
    if (image.netDevice().isEmpty()) {
      notes.add("no net device: urunc attaches a tap as '" + UruncAnnotations.DEFAULT_NET_DEVICE
          + "' whenever the container has a network (every Kubernetes pod does), which a Solo5"
          + " tender refuses for an image that does not declare it");
    }
    return notes;
  }
}
