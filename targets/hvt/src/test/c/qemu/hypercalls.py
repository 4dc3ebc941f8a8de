# gdb script: answers the hvt hypercalls of an image running in QEMU, in place of solo5-hvt.
# A breakpoint on every `out %eax,(%dx)` of the image (addresses in $KILN_OUTS)
# reads the argument struct by the offsets of ABI section 9.2 and does what
# the tender would; HALT ends the run with "hvt-halt: status=N cookie=...".
# Guest output goes to fd 3, away from gdb's own chatter on stdout.
import os
import struct
import time

import gdb


def u64(addr):
    return struct.unpack("<Q", bytes(gdb.selected_inferior().read_memory(addr, 8)))[0]


def i32(addr):
    return struct.unpack("<i", bytes(gdb.selected_inferior().read_memory(addr, 4)))[0]


def put(addr, fmt, value):
    gdb.selected_inferior().write_memory(addr, struct.pack(fmt, value))


def halt(arg):
    cookie, status = u64(arg), i32(arg + 8)
    detail = ""
    if cookie:
        # the trap frame: 15 saved registers, then vector, error code, rip
        detail = " vector=%d rip=0x%x" % (u64(cookie + 15 * 8), u64(cookie + 17 * 8))
    return "hvt-halt: status=%d cookie=%s%s" % (status, "set" if cookie else "0", detail)


class Hypercall(gdb.Breakpoint):
    """Handles the hypercall and lets the guest run on, except after HALT."""

    result = None

    def stop(self):
        frame = gdb.selected_frame()
        port = int(frame.read_register("rdx")) & 0xFFFF
        arg = int(frame.read_register("rax")) & 0xFFFFFFFF
        nr = port - 0x500
        if nr == 1:  # WALLTIME
            put(arg, "<Q", time.time_ns())
        elif nr == 2:  # PUTS
            data = gdb.selected_inferior().read_memory(u64(arg), u64(arg + 8))
            os.write(3, bytes(data))
        elif nr == 3:  # POLL: guest time stands still while gdb holds the
            # vCPU, so waiting is pointless: report "nothing ready" at once
            put(arg + 8, "<Q", 0)
            put(arg + 16, "<i", 0)
        else:
            Hypercall.result = halt(arg) if nr == 8 else "hvt-halt: bad port 0x%x" % port
            return True
        return False


gdb.execute("set pagination off")
gdb.execute("set confirm off")
for attempt in range(100):  # QEMU may not be listening yet
    try:
        gdb.execute("target remote localhost:%s" % os.environ["KILN_GDB_PORT"], to_string=True)
        break
    except gdb.error:
        time.sleep(0.1)
for address in os.environ["KILN_OUTS"].split():
    Hypercall("*" + address, internal=True)
gdb.execute("continue", to_string=True)
os.write(3, (Hypercall.result or "hvt-halt: the guest stopped without a HALT").encode() + b"\n")
gdb.execute("kill", to_string=True)
