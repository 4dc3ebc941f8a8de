#!/bin/sh
# Builds the spt bindings object and the spt test images, reproducibly.
# Usage: build.sh [OUTDIR]   (default: targets/spt/target/test-images)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
exec sh "$here/../../../../solo5/src/test/c/build-images.sh" spt \
    "${1:-$here/../../../target/test-images}" hello block net forbidden exit_status clock tls ssp
