/* The manifest note an image carries (ABI §3, §4.2), found and checked in place: for targets
 * with no tender to hand over a checked copy (virtio, xen). */
#include "bindings.h"

struct mft *kiln_image_manifest(char *note)
{
    const struct solo5_note_header *h = (const struct solo5_note_header *)note;
    struct mft *mft = (struct mft *)(note + sizeof *h + MFT_NOTE_PAD);

    if (h->namesz != SOLO5_NOTE_NAMESZ || h->type != SOLO5_NOTE_TYPE_MFT1 ||
        h->descsz < MFT_NOTE_PAD || h->descsz > MFT_MAX_NOTE_DESCSZ ||
        kiln_manifest_validate(mft, h->descsz - MFT_NOTE_PAD) != SOLO5_R_OK) {
        kiln_log(LOG_ERROR, "Solo5: error: invalid manifest in the image\n");
        solo5_abort();
    }
    return mft;
}
