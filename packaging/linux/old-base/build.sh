#!/bin/sh
# Build the Linux bundle and tarball on glibc 2.31 (Debian 11) in a container, so that it starts
# on Ubuntu 20.04, Debian 11, RHEL 9 and everything newer. Run from anywhere:
#
#   packaging/linux/old-base/build.sh            # docker, or ENGINE=podman
#
# The results land in build/old-base/dist/ of the checkout; the build fails if any file in the
# bundle still needs a glibc newer than 2.31 (check_glibc.py prints which).
set -eu
engine=${ENGINE:-docker}
root=$(cd "$(dirname "$0")/../../.." && pwd)
image=saferest-old-base

"$engine" build -t "$image" "$root/packaging/linux/old-base"
# The script in single quotes runs inside the container, where $HOME is /tmp/home.
# shellcheck disable=SC2016
"$engine" run --rm \
    --user "$(id -u):$(id -g)" \
    -e HOME=/tmp/home \
    -v "$root:/src" \
    -w /src \
    "$image" \
    sh -c '
        set -eu
        mkdir -p "$HOME"
        python -m venv /tmp/venv
        /tmp/venv/bin/pip install --quiet ".[bundle]"
        /tmp/venv/bin/python packaging/build_bundle.py \
            --dist build/old-base/dist --work build/old-base/work \
            --target-glibc 2.31 --strict-glibc --deb
    '
