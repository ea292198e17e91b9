#!/bin/sh
# Remove a SafeRest installed by install.sh: every file it listed, the PATH lines it added to
# shell start-up files, and the application directory this script lives in.
#
#   PREFIX/lib/saferest/uninstall.sh [--quiet]
#
# The saved medication list, settings, logs and caches in your home directory are kept; delete
# ~/.local/share/SafeRest, ~/.local/state/SafeRest and ~/.cache/SafeRest to remove them too.
set -eu

quiet=no
keep_path=no
for arg in "$@"; do
    case "$arg" in
        --quiet) quiet=yes ;;
        --keep-path) keep_path=yes ;;  # used by install.sh when it replaces an installation
        -h|--help) sed -n '2,9s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) printf 'uninstall.sh: unknown option %s\n' "$arg" >&2; exit 2 ;;
    esac
done

libdir=$(cd "$(dirname "$0")" && pwd)
manifest="$libdir/install-manifest.txt"
if [ ! -f "$manifest" ] || [ ! -x "$libdir/saferest" ]; then
    printf 'uninstall.sh: %s is not a SafeRest installation\n' "$libdir" >&2
    exit 1
fi

while read -r kind path; do
    case "$kind" in
        file|link) rm -f "$path" ;;
        profile)
            if [ "$keep_path" = no ] && [ -f "$path" ]; then
                tmp=$(mktemp)
                awk '/^# >>> SafeRest >>>$/{skip=1} !skip{print} /^# <<< SafeRest <<<$/{skip=0}' \
                    "$path" >"$tmp"
                cat "$tmp" >"$path"
                rm -f "$tmp"
            fi ;;
    esac
done <"$manifest"

sed -n 's/^file //p' "$manifest" | while read -r path; do
    rmdir -p "$(dirname "$path")" 2>/dev/null || true  # only directories left empty
done
# The menu's cache: removed if install.sh created it and no other entry is left, else updated.
sed -n 's/^cache //p' "$manifest" | while read -r cache; do
    folder=$(dirname "$cache")
    if ! ls "$folder"/*.desktop >/dev/null 2>&1; then
        rm -f "$cache"
        rmdir -p "$folder" 2>/dev/null || true
    fi
done
applications=$(sed -n 's|^file \(.*/applications\)/org.saferest.SafeRest.desktop$|\1|p' "$manifest")
if [ -n "$applications" ] && [ -d "$applications" ] && command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$applications" 2>/dev/null || true
fi

rm -rf "$libdir"
rmdir "$(dirname "$libdir")" 2>/dev/null || true
[ "$quiet" = yes ] || printf 'SafeRest removed from %s\n' "$libdir"
