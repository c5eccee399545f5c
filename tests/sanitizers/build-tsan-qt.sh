#!/bin/sh
# Builds QtCore, QtNetwork, QtSql, QtConcurrent and QtTest with ThreadSanitizer from Debian's
# own qt6-base source (the version installed, with Debian's patches), for the tsan preset.
#
# Why: Debian's Qt is not instrumented. Data that crosses threads through Qt's event queue (a
# queued call to the engine thread, a queued signal back) is ordered by QMutex inside
# libQt6Core, which TSan cannot see, so an uninstrumented QtCore makes TSan report every such
# crossing as a race. Qt built with -sanitize thread annotates its mutexes and futexes
# (qtsan_impl.h). The other Qt libraries stay Debian's: same version and patches, same ABI.
#
# Usage (root for apt-get): tests/sanitizers/build-tsan-qt.sh [DIR]   (default build/qt-tsan)
# Then: cmake --workflow --preset tsan (its tests load the libraries from build/qt-tsan/build/lib).
# Takes about 5 minutes on two cores; adds Debian's deb-src to apt's sources if they are missing.
set -eu
dir=$(realpath -m "${1:-$(dirname "$0")/../../build/qt-tsan}")
version=$(dpkg-query --show --showformat='${Version}' libqt6core6)
mkdir -p "$dir"
cd "$dir"
if [ ! -d src ]; then
    if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
        cat > /etc/apt/sources.list.d/candela-deb-src.sources <<'SOURCES'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
        apt-get update -qq
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dpkg-dev clang libglib2.0-dev \
        libdouble-conversion-dev libpcre2-dev libb2-dev libzstd-dev libdbus-1-dev libicu-dev \
        libsqlite3-dev >/dev/null
    apt-get source --download-only "qt6-base=$version"
    dpkg-source -x qt6-base_*.dsc src
fi
mkdir -p build
cd build
# A "cross" build against the installed host tools (moc, rcc) so that only the libraries are
# compiled; the features match debian/rules where they touch QtCore.
cmake -G Ninja ../src -DCMAKE_SYSTEM_NAME=Linux -DCMAKE_SYSTEM_PROCESSOR=x86_64 \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_FLAGS_RELEASE="-O1 -DNDEBUG" -DCMAKE_C_FLAGS_RELEASE="-O1 -DNDEBUG" \
    -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    -DFEATURE_sanitize_thread=ON -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF \
    -DFEATURE_glib=ON -DFEATURE_icu=ON -DFEATURE_system_pcre2=ON -DFEATURE_doubleconversion=ON \
    -DFEATURE_system_libb2=ON -DFEATURE_mimetype_database=OFF -DFEATURE_system_sqlite=ON \
    -DFEATURE_sql_sqlite=ON -DFEATURE_dbus_linked=ON -DFEATURE_rpath=OFF >cmake.log
ninja -j"$(nproc)" Core Sql Concurrent Network Test
echo "ThreadSanitizer Qt libraries: $dir/build/lib"
