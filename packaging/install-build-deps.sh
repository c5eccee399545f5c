#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Candela needs to build, run and test, when missing.
# Non-interactive; uses sudo when not run as root. Safe to run again: it installs nothing
# when everything is present.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build dpkg-dev file clang-format
    # Qt 6 (6.4 on Debian 12 is the floor)
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-websockets-dev
    libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-qpa-plugins libqt6svg6 libgl-dev
    # OpenSSL (JWT signing), the OS keychain (API secrets), the WebSocket JSON decoder
    libssl-dev qtkeychain-qt6-dev libsimdjson-dev
    # the system SQLite Qt's driver uses: the power-cut tests register a VFS with it
    libsqlite3-dev
    # the second compiler, its sanitizers and libFuzzer (the clang, asan and fuzz presets)
    clang libclang-rt-14-dev libfuzzer-14-dev
    # headless GUI runs, fonts for rendering, packaging checks, a TLS 1.0-only test server
    xvfb xauth fonts-dejavu-core desktop-file-utils appstream openssl
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-build-deps: all ${#packages[@]} packages present"
    exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
fi
echo "install-build-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
