/* Manifest of the net image: one NET_BASIC device named "service". */
#include "kiln/manifest_abi.h"

const MFT_NOTE_STRUCT(2) __solo5_mft1_note MFT_NOTE_ATTRIBUTES = {
    MFT_NOTE_PREAMBLE(2),
    .e = {MFT_RESERVED_ENTRY, MFT_DEVICE_ENTRY("service", MFT_DEV_NET_BASIC)},
};
