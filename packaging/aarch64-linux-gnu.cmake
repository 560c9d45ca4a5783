# SPDX-License-Identifier: GPL-3.0-or-later
# Cross-compiling for arm64 (aarch64) Debian 12 from an amd64 Debian 12 (packaging/README.md):
#   apt-get install g++-aarch64-linux-gnu            # the cross compiler
#   dpkg --add-architecture arm64 && apt-get update   # then the arm64 -dev packages, e.g.
#   apt-get install qt6-base-dev:arm64 ...            # (see README: Qt's host tools clash)
#   cmake -S . -B build-arm64 -G Ninja -DCMAKE_TOOLCHAIN_FILE=packaging/aarch64-linux-gnu.cmake \
#         -DPINGJIA_BUILD_TESTS=OFF -DPINGJIA_BUILD_BENCH=OFF
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(PINGJIA_TRIPLET aarch64-linux-gnu)

set(CMAKE_C_COMPILER ${PINGJIA_TRIPLET}-gcc)
set(CMAKE_CXX_COMPILER ${PINGJIA_TRIPLET}-g++)

# Debian multiarch: the arm64 libraries live in /usr/lib/aarch64-linux-gnu and their
# headers partly in /usr/include/aarch64-linux-gnu, in the same root as the host's.
set(CMAKE_LIBRARY_ARCHITECTURE ${PINGJIA_TRIPLET})
set(CMAKE_FIND_ROOT_PATH /usr/${PINGJIA_TRIPLET} /usr/lib/${PINGJIA_TRIPLET})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)   # build tools (moc, rcc, lrelease) run on the host
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)

# pkg-config of the target (libsodium, xlsxwriter, sqlite3).
set(ENV{PKG_CONFIG_LIBDIR} /usr/lib/${PINGJIA_TRIPLET}/pkgconfig:/usr/share/pkgconfig)
set(ENV{PKG_CONFIG_PATH} "")

# Qt 6 needs its host tools (moc, rcc, uic, lupdate/lrelease) built for the build machine:
# Debian's amd64 Qt provides them in /usr/lib/qt6/libexec and /usr/lib/qt6/bin.
set(QT_HOST_PATH /usr CACHE PATH "Qt host tools (the build machine's Qt)")
set(QT_HOST_PATH_CMAKE_DIR /usr/lib/x86_64-linux-gnu/cmake CACHE PATH "")
