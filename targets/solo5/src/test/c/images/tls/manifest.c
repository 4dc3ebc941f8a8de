/* Manifest of the TLS image: no devices, only the reserved entry. */
#include "kiln/manifest_abi.h"

const MFT_NOTE_STRUCT(1) __solo5_mft1_note MFT_NOTE_ATTRIBUTES = {
    MFT_NOTE_PREAMBLE(1),
    .e = {MFT_RESERVED_ENTRY},
};
