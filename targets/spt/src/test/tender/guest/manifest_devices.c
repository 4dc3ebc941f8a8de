/* Manifest of the test guest with one net and one block device. */
#include "kiln/manifest_abi.h"

const MFT_NOTE_STRUCT(3) __solo5_mft1_note MFT_NOTE_ATTRIBUTES = {
    MFT_NOTE_PREAMBLE(3),
    .e = {MFT_RESERVED_ENTRY, MFT_DEVICE_ENTRY("net0", MFT_DEV_NET_BASIC),
          MFT_DEVICE_ENTRY("disk", MFT_DEV_BLOCK_BASIC)},
};
