package dev.kiln.image;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestSourceTest {
  @Test
  void writesTheReservedEntryThenTheDevicesInOrder() {
    String source = ManifestSource.of("web", List.of(
        new Solo5Image.Device("service", "NET_BASIC"),
        new Solo5Image.Device("storage", "BLOCK_BASIC")));
    assertThat(source).contains("MFT_NOTE_STRUCT(3) __solo5_mft1_note");
    assertThat(source).contains("MFT_NOTE_PREAMBLE(3)");
    assertThat(source).contains(".e = {MFT_RESERVED_ENTRY,\n"
        + "          MFT_DEVICE_ENTRY(\"service\", MFT_DEV_NET_BASIC),\n"
        + "          MFT_DEVICE_ENTRY(\"storage\", MFT_DEV_BLOCK_BASIC)},");
  }

  @Test
  void anImageWithoutDevicesHasOnlyTheReservedEntry() {
    assertThat(ManifestSource.of("hello", List.of())).contains("MFT_NOTE_STRUCT(1)");
  }

  @Test
  void rejectsWhatAManifestCannotHold() {
    assertThrows(IllegalArgumentException.class, () -> ManifestSource.of("x",
        List.of(new Solo5Image.Device("a\"b", "NET_BASIC"))));
    assertThrows(IllegalArgumentException.class, () -> ManifestSource.of("x",
        List.of(new Solo5Image.Device("disk", "FLOPPY"))));
    List<Solo5Image.Device> many = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      many.add(new Solo5Image.Device("d" + i, "BLOCK_BASIC"));
    }
    assertThrows(IllegalArgumentException.class, () -> ManifestSource.of("x", many));
  }
}
