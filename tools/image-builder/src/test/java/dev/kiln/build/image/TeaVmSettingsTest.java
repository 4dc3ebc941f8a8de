package dev.kiln.build.image;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TeaVmSettingsTest {
    @Test
    void rejectsHeapBoundsOutOfOrder() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TeaVmSettings("a.Main", List.of(), 16, 8));

        assertThat(e).hasMessageThat().contains("min=16 max=8");
    }

    @Test
    void rejectsAHeapTeaVmCannotExpress() {
        assertThrows(IllegalArgumentException.class, () -> new TeaVmSettings("a.Main", List.of(), 1, 4096));
    }
}
