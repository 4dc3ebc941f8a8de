/* The image's notes: Xen's PVH entry point, and the Solo5 ABI note (target 6, xen, version 1). */
#include "xen.h"

#define XEN_ABI_VERSION 1u

KILN_ABI1_NOTE(SOLO5_ABI_TARGET_XEN, XEN_ABI_VERSION);
