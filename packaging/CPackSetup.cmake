# SPDX-License-Identifier: GPL-3.0-or-later
# CPack: `cpack -G DEB` in the build folder makes pingjia_<version>_<arch>.deb (Debian 12);
# on Windows `cpack -G NSIS` makes the installer (packaging/README.md, built elsewhere).

set(CPACK_PACKAGE_NAME pingjia)
set(CPACK_PACKAGE_VENDOR "Pingjia maintainers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "government service review supervision console (好差评督办台)")
set(CPACK_PACKAGE_CONTACT "${PINGJIA_PACKAGE_CONTACT}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY Pingjia)
# Only what `cmake --install` installs; no source package.
set(CPACK_SOURCE_GENERATOR "")
set(CPACK_STRIP_FILES ON)
# Reproducible permissions whatever the builder's umask.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION misc)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PINGJIA_PACKAGE_CONTACT}")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    # The libraries the binaries link, with their versions, from dpkg-shlibdeps; plus what
    # is loaded at run time and so invisible to it: the SQLite driver of Qt SQL (a plugin)
    # and the CJK fonts of the bulletin. A Secret Service for the keychain is recommended,
    # not required: without one the console says so and works on without sync.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-noto-cjk")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
        "gnome-keyring | keepassxc, qt6-translations-l10n, qt6-gtk-platformtheme")
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libreoffice-writer")
    # The architecture of the target, also when cross-compiling (dpkg would name the host's).
    if(CMAKE_CROSSCOMPILING AND CMAKE_SYSTEM_PROCESSOR MATCHES "^(aarch64|arm64)$")
        set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE arm64)
    endif()
    # The synopsis line is CPACK_PACKAGE_DESCRIPTION_SUMMARY, which CPack puts first.
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
        "Pingjia is a desktop console for the managers of Chinese government service
centers. It syncs the provincial platform's service evaluations (好差评) into
a local SQLite cache and, online or offline, runs the bad-review work queue
with its verification and rectification deadlines, tracks rectification and
follow-up visits, ranks areas, centers, departments, windows and staff, and
writes the monthly bulletin as PDF, ODT, XLSX or CSV.
.
The package also contains pingjia-platform-sim, a simulator of the
platform's API used by `pingjia demo`.")
elseif(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/Windows.cmake)
endif()

include(CPack)
