#!/bin/sh
# Checks that spt images have the ELF layout of ABI §3 and §4, using readelf.
# Usage: check-layout.sh IMAGE...   (exit status 1 if any image is wrong)
set -eu

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
        /^  Entry point address:/ && hex($4) < 1048576 {
            fail("entry point " $4 " is below 0x100000") }
        /^  \[ *[0-9]+\] \.note\.gnu/ { fail("section " $3 " was not discarded") }
        /^Program Headers:/ { in_ph = 1; next }
        /^ Section to Segment mapping:/ { in_ph = 0 }
        in_ph && /Requesting program interpreter/ {
            if ($0 !~ /\/nonexistent\/solo5\/\]/) fail("wrong interpreter: " $0) }
        in_ph && $1 ~ /^(INTERP|LOAD|TLS|NOTE)$/ {
            order = order " " $1
            off = hex($2); va = hex($3); filesz = hex($5)
            flags = ""  # the Flg column: the fields before the alignment
            for (i = 7; i < NF; i++) flags = flags $i
            if ($1 == "LOAD" && ++loads == 1 && va != 1048576)
                fail("first PT_LOAD is at " $3 ", not 0x100000")
            if ($1 == "LOAD" && filesz > 0 && (va % 4096 || off % 4096))
                fail("PT_LOAD at " $3 " is not page aligned")
            if ($1 == "LOAD" && flags ~ /W/ && flags ~ /E/)
                fail("PT_LOAD at " $3 " is writable and executable")
        }
        /^Displaying notes found in:/ { section = $5 }
        /^  (OpenBSD|Solo5) / { notes = notes " " section ":" $1 }
        section == ".note.solo5.abi" && /description data:/ {
            if ($0 !~ /\(0x31494241\).*data: 02 00 00 00 02 00 00 00 00 00 00 00 00 00 00 00 *$/)
                fail("ABI note is not spt version 2: " $0) }
        section == ".note.solo5.manifest" && /Unknown note type/ {
            if ($0 !~ /\(0x3154464d\)/) fail("manifest note has the wrong type") }
        END {
            want = " INTERP LOAD LOAD LOAD TLS LOAD NOTE NOTE NOTE"
            if (order != want) fail("program headers are" order ", want" want)
            wnotes = " .note.solo5.not_openbsd:OpenBSD .note.solo5.abi:Solo5 .note.solo5.manifest:Solo5"
            if (notes != wnotes) fail("notes are" notes ", want" wnotes)
        }')
    if [ -n "$problems" ]; then
        echo "FAIL $image"
        echo "$problems"
        status=1
    else
        echo "ok   $image"
    fi
done
exit $status
