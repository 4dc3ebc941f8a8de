/* Manifest of the block round-trip image: one BLOCK_BASIC device named "storage". */
#include "kiln/manifest_abi.h"

const MFT_NOTE_STRUCT(2) __solo5_mft1_note MFT_NOTE_ATTRIBUTES = {
    MFT_NOTE_PREAMBLE(2),
    .e = {MFT_RESERVED_ENTRY,
          MFT_DEVICE_ENTRY("storage", MFT_DEV_BLOCK_BASIC)},
};
