#!/bin/sh
# Builds the virtio bindings object and the virtio test images, reproducibly.
# Usage: build.sh [OUTDIR]   (default: targets/virtio/target/test-images)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
exec sh "$here/../../../../solo5/src/test/c/build-images.sh" virtio \
    "${1:-$here/../../../target/test-images}" hello exit_status clock tls ssp block net trap
