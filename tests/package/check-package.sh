#!/bin/sh
# Builds the Debian package from a finished build, checks its control fields and file list,
# unpacks it into a clean folder, runs the installed program from there, and runs the validators
# a distribution would: desktop-file-validate, appstreamcli, update-mime-database and lintian.
# Usage: check-package.sh BUILD_DIR VERSION APP_ID MIME_TYPE
set -eu

build=$1
version=$2
app_id=$3
mime_type=$4

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# The package, built as `make package` builds it, into a folder of its own.
cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack could not build the package" >&2
    exit 1
}
deb=$(find "$work/out" -maxdepth 1 -name "spyline_${version}_*.deb")
[ -n "$deb" ] && [ -f "$deb" ] || { echo "FAIL: no spyline_${version}_*.deb in $work/out" >&2; exit 1; }
echo "built $(basename "$deb") ($(wc -c <"$deb") bytes)"

# Control fields: the project's version, a real maintainer and section, dependencies from the libraries.
[ "$(dpkg-deb -f "$deb" Package)" = spyline ] || fail "Package is not spyline"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version is $(dpkg-deb -f "$deb" Version), not $version"
[ "$(dpkg-deb -f "$deb" Section)" = education ] || fail "Section is $(dpkg-deb -f "$deb" Section)"
dpkg-deb -f "$deb" Maintainer | grep -Eq '^[^<]+ <[^@ ]+@[^> ]+>$' || fail "Maintainer is not 'name <address>'"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for library in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 libsqlite3-0 \
    libgvc6 fonts-dejavu-core; do
    echo "$depends" | tr ',' '\n' | sed 's/^ *//' | grep -q "^$library\( \|$\)" || fail "Depends lacks $library"
done
# Collections are opened through SQLite itself: no Qt SQL and none of its drivers.
if echo "$depends" | tr ',' '\n' | sed 's/^ *//' | grep -q '^libqt6sql6'; then
    fail "Depends names Qt SQL, which Spyline does not use"
fi
dpkg-deb -f "$deb" Description | sed -n 2p | grep -q . || fail "the description has no extended text"

# The file list: everything under /usr, nothing of the build tree.
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/files"
for expected in /usr/bin/spyline \
    "/usr/share/applications/$app_id.desktop" \
    "/usr/share/metainfo/$app_id.metainfo.xml" \
    "/usr/share/mime/packages/$app_id.xml" \
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    /usr/share/man/man1/spyline.1.gz \
    /usr/share/doc/spyline/copyright \
    /usr/share/doc/spyline/changelog.gz; do
    grep -qx "$expected" "$work/files" || fail "the package lacks $expected"
done
for size in 16 22 24 32 48 64 128 256 512; do
    grep -qx "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" "$work/files" ||
        fail "the package lacks the ${size}px icon"
done
grep -v '^/usr\(/\|$\)' "$work/files" | grep -v '^/$' >"$work/stray" && fail "files outside /usr: $(cat "$work/stray")"
grep -q '^/usr/local' "$work/files" && fail "files under /usr/local"

# A clean root: the package unpacked alone, the program run from where it was installed.
mkdir "$work/root"
dpkg -x "$deb" "$work/root"
installed="$work/root/usr/bin/spyline"
[ -x "$installed" ] || fail "the installed spyline is not executable"
printed=$("$installed" --version) || fail "the installed spyline --version failed"
[ "$printed" = "spyline $version" ] || fail "the installed spyline --version printed '$printed'"
echo "installed program: $printed"
"$installed" init --db "$work/sample.spyline" --sample >/dev/null || fail "the installed spyline cannot create the sample"
readelf -S "$installed" | grep -q '\.debug_info' && fail "the installed program is not stripped"
readelf -d "$installed" | grep -Eq 'RPATH|RUNPATH' && fail "the installed program carries a run path"
zcat "$work/root/usr/share/man/man1/spyline.1.gz" | grep -q '^\.SH COMMANDS' || fail "the manual page has no commands"
zcat "$work/root/usr/share/man/man1/spyline.1.gz" | grep -q 'spyline init' || fail "the manual page lacks spyline init"
grep -q "<release version=\"$version\"" "$work/root/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "the metainfo's newest release is not $version"

# The validators.
desktop-file-validate "$work/root/usr/share/applications/$app_id.desktop" >"$work/desktop.log" 2>&1 || true
if [ -s "$work/desktop.log" ]; then
    cat "$work/desktop.log" >&2
    fail "desktop-file-validate"
fi
appstreamcli validate --no-net --strict --pedantic "$work/root/usr/share/metainfo/$app_id.metainfo.xml" \
    >"$work/appstream.log" 2>&1 || {
    cat "$work/appstream.log" >&2
    fail "appstreamcli validate"
}
mkdir -p "$work/mime/packages"
cp "$work/root/usr/share/mime/packages/$app_id.xml" "$work/mime/packages/"
XDG_DATA_DIRS="$work:/usr/share" update-mime-database "$work/mime" >"$work/mime.log" 2>&1 ||
    fail "update-mime-database"
if [ -s "$work/mime.log" ]; then
    cat "$work/mime.log" >&2
    fail "update-mime-database warned"
fi
grep -q "^$mime_type:\*\.spyline$" "$work/mime/globs" || fail "no *.spyline glob for $mime_type"
grep -aq "$mime_type" "$work/mime/magic" || fail "no magic for $mime_type"
lintian --fail-on error,warning --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 || {
    cat "$work/lintian.log" >&2
    fail "lintian"
}
[ -s "$work/lintian.log" ] && cat "$work/lintian.log"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "the package installs, runs and validates"
