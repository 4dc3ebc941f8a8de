#!/bin/sh
# Builds the hvt bindings object and the hvt test images, reproducibly.
# Usage: build.sh [OUTDIR]   (default: targets/hvt/target/test-images)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
exec sh "$here/../../../../solo5/src/test/c/build-images.sh" hvt \
    "${1:-$here/../../../target/test-images}" hello block net exit_status clock tls ssp trap
