/* Kiln's TeaVM platform: the GC's tracing hooks (nothing to trace) and out-of-memory. */
#include "kiln_platform.h"
#include "heaptrace.h" /* TeaVM's generated heaptrace.h, found through -iquote */
#include "core.h"
#include <kiln_console.h>
#include <stdlib.h>
#include <string.h>

void teavm_gc_allocate(void *address, int32_t size) { (void)address; (void)size; }
void teavm_gc_free(void *address, int32_t size) { (void)address; (void)size; }
void teavm_gc_assertFree(void *address, int32_t size) { (void)address; (void)size; }
void teavm_gc_mark(void *address) { (void)address; }
void teavm_gc_move(void *from, void *to, int32_t size) { (void)from; (void)to; (void)size; }
void teavm_gc_gcStarted(int32_t full) { (void)full; }
void teavm_gc_markStarted(void) {}
void teavm_gc_markCompleted(void) {}
void teavm_gc_sweepStarted(void) {}
void teavm_gc_sweepCompleted(void) {}
void teavm_gc_defragStarted(void) {}
void teavm_gc_defragCompleted(void) {}
void teavm_gc_gcCompleted(void) {}
void teavm_gc_heapResized(int64_t new_size) { (void)new_size; }
void teavm_gc_reportDirtyRegion(void *address) { (void)address; }

void teavm_outOfMemory(void)
{
    static const char message[] = "kiln: out of memory: the Java heap is exhausted\n";
    kiln_note_out_of_memory();
    kiln_console_flush();
    kiln_console_put(message, sizeof(message) - 1);
    abort();
}
