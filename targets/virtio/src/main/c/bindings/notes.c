/* The ABI note that marks the image as a virtio guest (ABI §4.1: target 3, version 1). */
#include "virtio.h"

KILN_ABI1_NOTE(SOLO5_ABI_TARGET_VIRTIO, SOLO5_ABI_VERSION_VIRTIO);
