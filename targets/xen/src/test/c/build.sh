#!/bin/sh
# Builds the xen bindings object and the xen test images, reproducibly.
# Usage: build.sh [OUTDIR]   (default: targets/xen/target/test-images)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
exec sh "$here/../../../../solo5/src/test/c/build-images.sh" xen \
    "${1:-$here/../../../target/test-images}" hello
