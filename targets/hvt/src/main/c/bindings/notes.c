/* The ABI note that marks the image as an hvt guest, ABI version 2 (ABI §4.1). */
#include "hvt.h"

KILN_ABI1_NOTE(SOLO5_ABI_TARGET_HVT, SOLO5_ABI_VERSION_HVT);
