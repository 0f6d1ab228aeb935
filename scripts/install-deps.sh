#!/bin/sh
# Installs the Debian packages Spyline needs to build, run and test, when any is missing.
set -eu

packages="
build-essential cmake ninja-build ccache pkg-config lld
qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libgl-dev
libsqlite3-dev libgraphviz-dev graphviz
postgresql libpq-dev
libgtest-dev libgmock-dev libbenchmark-dev
clang libclang-rt-14-dev clang-format clang-tidy clazy
fonts-dejavu-core fonts-wqy-microhei
desktop-file-utils appstream shared-mime-info lintian dpkg-dev
poppler-utils
"

missing=""
for package in $packages; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    sudo=""
else
    sudo="sudo"
fi
echo "Installing:$missing"
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends $missing
