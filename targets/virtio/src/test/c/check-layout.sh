#!/bin/sh
# Checks virtio images against ABI §3, §4 and §10 (ELF layout, notes, multiboot header) with readelf and od.
# Usage: check-layout.sh IMAGE...   (exit status 1 if any image is wrong)
set -eu

# u32 FILE OFFSET: the little-endian 32-bit word at OFFSET, in decimal.
u32() { od -An -tu4 -j "$2" -N4 "$1" | tr -d ' '; }

# add MESSAGE: appends one line to $problems.
add() {
    problems="${problems:+$problems
}  $1"
}

status=0
for image in "$@"; do
    problems=$(LC_ALL=C readelf -hlnSW "$image" | awk '
        function fail(msg) { print "  " msg }
        function hex(s,    i, v) {
            s = tolower(s); sub(/^0x/, "", s); v = 0
            for (i = 1; i <= length(s); i++)
                v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
            return v
        }
        /^  Type:/ && $2 != "EXEC" { fail("e_type is " $2 ", not EXEC") }
        /^  Machine:/ && $0 !~ /X86-64/ { fail("e_machine is not x86_64") }
        /^Program Headers:/ { in_ph = 1; next }
        /^ Section to Segment mapping:/ { in_ph = 0 }
        in_ph && $1 ~ /^(INTERP|LOAD|TLS|NOTE)$/ {
            order = order " " $1
            off = hex($2); va = hex($3); filesz = hex($5)
            flags = ""
            for (i = 7; i < NF; i++) flags = flags $i
            if ($1 == "LOAD" && ++loads == 1) {
                if (va != 1048576) fail("first PT_LOAD is at " $3)
                delta = off - va
            }
            if ($1 == "LOAD" && filesz > 0 && (va % 4096 || off % 4096))
                fail("PT_LOAD at " $3 " is not page aligned")
            # The multiboot loader copies the file as one block.
            if ($1 == "LOAD" && filesz > 0 && off - va != delta)
                fail("PT_LOAD at " $3 " is not where one block copy puts it")
            if ($1 == "LOAD" && flags ~ /W/ && flags ~ /E/)
                fail("PT_LOAD at " $3 " is writable and executable")
            if ($1 == "LOAD" && flags ~ /W/ && !rw_start) {
                rw_start = va; rw_end = va + filesz }
            if ($1 == "NOTE" && (va < rw_start || va >= rw_end))
                fail("note at " $3 " is not in the writable data segment")
        }
        /^Displaying notes found in:/ { section = $5 }
        /^  (OpenBSD|Solo5) / { notes = notes " " section ":" $1 }
        section == ".note.solo5.abi" && /description data:/ {
            if ($0 !~ /\(0x31494241\).*data: 03 00 00 00 01 00 00 00 00 00 00 00 00 00 00 00 *$/)
                fail("ABI note is not virtio version 1: " $0) }
        END {
            want = " INTERP LOAD LOAD LOAD TLS LOAD NOTE NOTE NOTE"
            if (order != want) fail("program headers are" order ", want" want)
            wnotes = " .note.solo5.not_openbsd:OpenBSD .note.solo5.abi:Solo5 .note.solo5.manifest:Solo5"
            if (notes != wnotes) fail("notes are" notes ", want" wnotes)
        }')
    # The multiboot header: 4-byte aligned, in the first 8 KiB of the file.
    size=$(wc -c <"$image")
    # Word index of the first 0x1BADB002 among the first 2048 words.
    mb=$(od -An -tu4 -v -N8192 "$image" | tr -s ' ' '\n' | grep -v '^$' |
        grep -n -m1 '^464367618$' | cut -d: -f1)
    [ -n "$mb" ] && mb=$(((mb - 1) * 4))
    if [ -z "$mb" ]; then
        add "no multiboot header in the first 8 KiB"
    else
        flags=$(u32 "$image" $((mb + 4)))
        sum=$(( (464367618 + flags + $(u32 "$image" $((mb + 8)))) % 4294967296 ))
        header=$(u32 "$image" $((mb + 12)))
        load=$(u32 "$image" $((mb + 16)))
        load_end=$(u32 "$image" $((mb + 20)))
        entry=$(u32 "$image" $((mb + 28)))
        start32=$(nm "$image" | awk '$3 == "_start32" { print $1 }')
        [ "$flags" = 65539 ] || add "multiboot flags are $flags, want 0x00010003"
        [ "$sum" = 0 ] || add "multiboot checksum is wrong"
        [ "$load" = 1048576 ] || add "multiboot load_addr is $load"
        [ $((mb - (header - load) + load_end - load)) -le "$size" ] ||
            add "multiboot load_end_addr lies beyond the end of the file"
        [ -n "$start32" ] && [ "$entry" = $((0x$start32)) ] ||
            add "multiboot entry_addr is not _start32"
    fi
    if [ -n "$problems" ]; then
        echo "FAIL $image"
        echo "$problems"
        status=1
    else
        echo "ok   $image"
    fi
done
exit $status
