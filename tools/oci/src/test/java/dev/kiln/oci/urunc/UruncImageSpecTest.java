package dev.kiln.oci.urunc;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.oci.ImageSpec;
import dev.kiln.oci.LayerFile;
import dev.kiln.tools.report.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UruncImageSpecTest {
  private static final Instant WHEN = Instant.parse("2026-01-01T00:00:00Z");
  private static final Path FILE = Path.of("target/web.spt");

  @Test
  void annotatesAnSptImageWithAServiceDeviceTheWayUruncReadsThem() {
    UnikernelImage image = new UnikernelImage("web", "spt", FILE, List.of("--http.port=80"),
        Optional.of("service"), Optional.empty());
    assertThat(UruncImageSpec.annotations(image)).containsExactly(
        "com.urunc.unikernel.unikernelType", "mirage",
        "com.urunc.unikernel.hypervisor", "spt",
        "com.urunc.unikernel.binary", "/unikernel/web.spt",
        "com.urunc.unikernel.cmdline", "--http.port=80",
        "com.urunc.unikernel.mountRootfs", "false",
        "com.urunc.unikernel.solo5NetDev", "service");
    assertThat(UruncImageSpec.compatibilityNotes(image)).isEmpty();
  }

  @Test
  void putsTheAnnotationsInTheManifestAndTheLabelsAndTheArgumentsInCmd() {
    UnikernelImage image = new UnikernelImage("web", "hvt", FILE, List.of("--a=1", "--b=2"),
        Optional.of("service"), Optional.empty());
    ImageSpec spec = UruncImageSpec.of(image, WHEN, "hvt");
    Map<String, String> urunc = UruncImageSpec.annotations(image);
    assertThat(spec.labels()).isEqualTo(urunc);
    assertThat(spec.annotations()).containsAtLeastEntriesIn(urunc);
    assertThat(spec.annotations()).containsEntry("org.opencontainers.image.created",
        "2026-01-01T00:00:00Z");
    assertThat(spec.cmd()).containsExactly("--a=1", "--b=2").inOrder();
    assertThat(spec.architecture()).isEqualTo("amd64");
    assertThat(spec.os()).isEqualTo("linux");
    assertThat(spec.files().stream().map(LayerFile::path).toList())
        .containsExactly("unikernel/web.hvt", "urunc.json");
    assertThat(spec.files().get(0).mode()).isEqualTo(0755);
    assertThat(spec.files().get(0).source()).isEqualTo(FILE);
  }

  @Test
  void anImageWithoutArgumentsStillHasACommandKubernetesAccepts() {
    UnikernelImage image = new UnikernelImage("web", "spt", FILE, List.of(),
        Optional.of("service"), Optional.empty());
    assertThat(UruncImageSpec.of(image, WHEN, "spt").cmd()).containsExactly("--");
    assertThat(UruncImageSpec.annotations(image)).doesNotContainKey(UruncAnnotations.CMDLINE);
  }

  @Test
  void aBlockDeviceGetsItsDiskImageAndTheBlockAnnotation() {
    UnikernelImage image = new UnikernelImage("web", "spt", FILE, List.of(),
        Optional.of("service"),
        Optional.of(new UnikernelImage.BlockDevice("storage", Path.of("disk.img"))));
    assertThat(UruncImageSpec.annotations(image)).containsAtLeast(
        "com.urunc.unikernel.block", "/unikernel/storage.img",
        "com.urunc.unikernel.solo5BlkDev", "storage");
    ImageSpec spec = UruncImageSpec.of(image, WHEN, "spt");
    LayerFile disk = spec.files().stream().filter(f -> f.path().equals("unikernel/storage.img"))
        .findFirst().orElseThrow();
    assertThat(disk.source()).isEqualTo(Path.of("disk.img"));
    assertThat(disk.mode()).isEqualTo(0644);
  }

  @Test
  void uruncJsonHoldsTheSameValuesInBase64() {
    UnikernelImage image = new UnikernelImage("web", "spt", FILE, List.of("--x=1"),
        Optional.of("service"), Optional.empty());
    byte[] json = UruncImageSpec.of(image, WHEN, "spt").files().stream()
        .filter(f -> f.path().equals("urunc.json")).findFirst().orElseThrow().content();
    @SuppressWarnings("unchecked")
    Map<String, Object> parsed =
        (Map<String, Object>) Json.parse(new String(json, StandardCharsets.UTF_8).trim());
    assertThat(parsed.keySet()).isEqualTo(UruncImageSpec.annotations(image).keySet());
    for (Map.Entry<String, String> entry : UruncImageSpec.annotations(image).entrySet()) {
      assertThat(new String(Base64.getDecoder().decode((String) parsed.get(entry.getKey())),
          StandardCharsets.UTF_8)).isEqualTo(entry.getValue());
    }
  }

  @Test
  void notesDeviceNamesUruncV070DoesNotUse() {
    UnikernelImage image = new UnikernelImage("web", "spt", FILE, List.of(),
        Optional.of("uplink"),
        Optional.of(new UnikernelImage.BlockDevice("disk", Path.of("d.img"))));
    List<String> notes = UruncImageSpec.compatibilityNotes(image);
    assertThat(notes).hasSize(2);
    assertThat(notes.get(0)).contains("'uplink'");
    assertThat(notes.get(1)).contains("'disk'");
    UnikernelImage offline = new UnikernelImage("web", "spt", FILE, List.of(),
        Optional.empty(), Optional.empty());
    assertThat(UruncImageSpec.compatibilityNotes(offline)).hasSize(1);
  }

  @Test
  void refusesWhatUruncOrSolo5CannotCarry() {
    assertThrows(IllegalArgumentException.class, () -> new UnikernelImage("web", "virtio", FILE,
        List.of(), Optional.empty(), Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> new UnikernelImage("web", "spt", FILE,
        List.of("--motd=hello world"), Optional.empty(), Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> new UnikernelImage("we b", "spt", FILE,
        List.of(), Optional.empty(), Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> new UnikernelImage("web", "spt", FILE,
        List.of(), Optional.of("ser-vice"), Optional.empty()));
  }
}
