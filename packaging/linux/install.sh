#!/bin/sh
# Install SafeRest from this unpacked tarball, for one user or for every user.
#
#   ./install.sh                 per-user (the default unless run as root): ~/.local
#   sudo ./install.sh --system   every user: /usr/local
#   ./install.sh --prefix DIR    anywhere (DIR/bin, DIR/lib/saferest, DIR/share)
#
# Options: --no-modify-path (do not add the bin directory to ~/.profile), --quiet.
# It puts `saferest` on PATH, and the menu entry, icons, AppStream metadata, man page and
# bash/zsh completion in the XDG locations. Remove it again with
# PREFIX/lib/saferest/uninstall.sh (the installer prints the exact path).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
mode=""
prefix=""
modify_path=yes
quiet=no

say() { [ "$quiet" = yes ] || printf '%s\n' "$*"; }
fail() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

while [ $# -gt 0 ]; do
    case "$1" in
        --user) mode=user ;;
        --system) mode=system ;;
        --prefix) [ $# -ge 2 ] || fail "--prefix needs a directory"; prefix=$2; shift ;;
        --prefix=*) prefix=${1#--prefix=} ;;
        --no-modify-path) modify_path=no ;;
        --quiet) quiet=yes ;;
        -h|--help) sed -n '2,12s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) fail "unknown option $1 (see --help)" ;;
    esac
    shift
done

[ -x "$here/app/saferest" ] || fail "no app/saferest next to this script: unpack the whole tarball"
if [ -z "$mode" ]; then
    if [ "$(id -u)" = 0 ]; then mode=system; else mode=user; fi
fi
if [ -z "$prefix" ]; then
    if [ "$mode" = system ]; then prefix=/usr/local; else prefix="$HOME/.local"; fi
fi
case "$prefix" in /*) ;; *) prefix="$(pwd)/$prefix" ;; esac

bindir="$prefix/bin"
libdir="$prefix/lib/saferest"
if [ "$mode" = user ] && [ "$prefix" = "$HOME/.local" ]; then
    datadir="${XDG_DATA_HOME:-$HOME/.local/share}"
else
    datadir="$prefix/share"
fi

# The oldest C library the bundle runs on, measured by the build.
needed_glibc=$(sed -n 's/^glibc=//p' "$here/release.txt" 2>/dev/null || true)
have_glibc=$(getconf GNU_LIBC_VERSION 2>/dev/null | sed 's/^glibc //' || true)
if [ -n "$needed_glibc" ] && [ -n "$have_glibc" ]; then
    oldest=$(printf '%s\n%s\n' "$needed_glibc" "$have_glibc" | sort -V | head -n1)
    if [ "$oldest" != "$needed_glibc" ]; then
        fail "this system has glibc $have_glibc; this SafeRest build needs $needed_glibc or newer"
    fi
fi

if [ -f "$libdir/uninstall.sh" ]; then
    say "Replacing the SafeRest installed in $libdir"
    sh "$libdir/uninstall.sh" --quiet --keep-path
elif [ -e "$libdir" ]; then
    fail "$libdir exists but holds no SafeRest installation; move it away first"
fi

manifest_tmp=$(mktemp)
trap 'rm -f "$manifest_tmp"' EXIT
record() { printf '%s %s\n' "$1" "$2" >>"$manifest_tmp"; }

put() {  # put SOURCE TARGET MODE: copy one file and remember it
    mkdir -p "$(dirname "$2")"
    cp "$1" "$2"
    chmod "$3" "$2"
    record file "$2"
}

mkdir -p "$(dirname "$libdir")" "$bindir"
cp -R "$here/app" "$libdir"
chmod -R u+rwX,go+rX,go-w "$libdir"
ln -sf "$libdir/saferest" "$bindir/saferest"
record link "$bindir/saferest"

app_id=org.saferest.SafeRest
desktop="$datadir/applications/$app_id.desktop"
mkdir -p "$(dirname "$desktop")"
# The menu entry starts this installation by its full path, whatever PATH the session has.
sed -e "s|^Exec=saferest|Exec=$bindir/saferest|" \
    -e "s|^TryExec=saferest|TryExec=$bindir/saferest|" \
    "$here/share/applications/$app_id.desktop" >"$desktop"
chmod 0644 "$desktop"
record file "$desktop"
put "$here/share/metainfo/$app_id.metainfo.xml" "$datadir/metainfo/$app_id.metainfo.xml" 0644
for icon in "$here"/share/icons/hicolor/*/apps/*; do
    relative=${icon#"$here/share/"}
    put "$icon" "$datadir/$relative" 0644
done
put "$here/share/man/man1/saferest.1" "$datadir/man/man1/saferest.1" 0644
put "$here/share/bash-completion/completions/saferest" \
    "$datadir/bash-completion/completions/saferest" 0644
put "$here/share/zsh/site-functions/_saferest" "$datadir/zsh/site-functions/_saferest" 0644

if command -v update-desktop-database >/dev/null 2>&1; then
    [ -e "$datadir/applications/mimeinfo.cache" ] || record cache "$datadir/applications/mimeinfo.cache"
    update-desktop-database -q "$datadir/applications" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$datadir/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$datadir/icons/hicolor" 2>/dev/null || true
fi

on_path=no
case ":${PATH:-}:" in *":$bindir:"*) on_path=yes ;; esac
if [ "$on_path" = no ] && [ "$mode" = user ] && [ "$modify_path" = yes ]; then
    line="case \":\$PATH:\" in *\":$bindir:\"*) ;; *) export PATH=\"$bindir:\$PATH\" ;; esac"
    for profile in "$HOME/.profile" "$HOME/.bashrc" "$HOME/.zshrc"; do
        # ~/.profile always (login shells); the others only when they exist already.
        if [ "$profile" = "$HOME/.profile" ] || [ -f "$profile" ]; then
            if ! grep -qs '# >>> SafeRest >>>' "$profile"; then
                # Start on a line of its own; uninstall.sh then restores the file exactly.
                if [ -s "$profile" ] && [ -n "$(tail -c 1 "$profile")" ]; then
                    echo >>"$profile"
                fi
                printf '# >>> SafeRest >>>\n%s\n# <<< SafeRest <<<\n' "$line" >>"$profile"
            fi
            record profile "$profile"
        fi
    done
    say "Added $bindir to PATH in your shell start-up files; open a new terminal to use it."
fi

cp "$here/uninstall.sh" "$libdir/uninstall.sh"
chmod 0755 "$libdir/uninstall.sh"
cp "$manifest_tmp" "$libdir/install-manifest.txt"

say "SafeRest $(sed -n 's/^version=//p' "$here/release.txt" 2>/dev/null) installed in $libdir"
say "  command:   $bindir/saferest"
say "  menu:      $desktop"
say "  uninstall: $libdir/uninstall.sh"
if [ "$mode" = user ]; then
    say "  zsh completion: add $datadir/zsh/site-functions to fpath in ~/.zshrc"
fi
