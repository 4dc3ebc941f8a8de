/* Kiln's TeaVM platform: names the uncaught exception when TeaVM's runtime gives up.
 * TeaVM prints only the stack, then calls abort(); this adds the exception's class
 * (when TeaVM kept class names) and message after it. */
#include "kiln_platform.h"
#include "runtime.h" /* TeaVM's generated headers, found through -iquote */
#include "classes/java/lang/Throwable.h"
#include "classes/org/teavm/runtime/ExceptionHandling.h"
#include "log.h"
#include <kiln_abort.h>
#include <kiln_console.h>
#include <stdbool.h>
#include <string.h>

static bool out_of_memory;

static void put_text(const char *text)
{
    kiln_console_put(text, strlen(text));
}

static void put_java_string(void *string)
{
    TeaVM_Array *chars = TEAVM_FIELD(string, TeaVM_String, characters);
    char16_t *data = TEAVM_ARRAY_DATA(chars, char16_t);
    for (int32_t i = 0; i < TEAVM_ARRAY_LENGTH(chars); i++) {
        teavm_logCodePoint(data[i]);
    }
}

static void report_uncaught(void)
{
    void *exception = sfld_otr_ExceptionHandling_thrownException;
    if (exception == NULL || out_of_memory) {
        return;
    }
    put_text("kiln: uncaught exception");
#if TEAVM_CLASS_NAME_USED
    TeaVM_Class *cls = TEAVM_CLASS_OF(exception);
    if (cls->name != NULL && *cls->name != NULL) {
        put_text(" ");
        put_java_string(*cls->name);
    }
#endif
    void *message = TEAVM_FIELD(exception, cls_jl_Throwable, fld_message);
    if (message != NULL) {
        put_text(": ");
        put_java_string(message);
    }
    put_text("\n");
}

void kiln_report_uncaught_on_abort(void)
{
    kiln_on_abort(report_uncaught);
}

void kiln_note_out_of_memory(void)
{
    out_of_memory = true;
}
