# SPDX-License-Identifier: GPL-3.0-or-later
# Windows installer (NSIS). Not built or tested on this project's machines: it is built
# on a Windows machine with Qt 6.4 (MSVC 2019 64-bit), QtKeychain built with
# -DBUILD_WITH_QT6=ON (its Windows backend is the Credential Manager), libsodium,
# libxlsxwriter, simdjson and SQLite from vcpkg, and NSIS 3. packaging/README.md has the
# steps.
#
#   cmake -S . -B build -G "Visual Studio 17 2022" -DCMAKE_TOOLCHAIN_FILE=<vcpkg>/scripts/buildsystems/vcpkg.cmake
#         -DCMAKE_PREFIX_PATH=C:/Qt/6.4.2/msvc2019_64 -DPINGJIA_BUILD_TESTS=OFF -DPINGJIA_BUILD_BENCH=OFF
#   cmake --build build --config Release
#   cd build && cpack -G NSIS -C Release

set(CPACK_GENERATOR NSIS)
set(CPACK_NSIS_PACKAGE_NAME "Pingjia ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "Pingjia 政务服务好差评督办台")
set(CPACK_NSIS_INSTALLED_ICON_NAME bin/pingjia.exe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN pingjia.exe)
# Start-menu entry: executable name, then its label.
set(CPACK_PACKAGE_EXECUTABLES pingjia "Pingjia 政务服务好差评督办台")
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall Pingjia")

# The Microsoft C++ runtime, installed next to the executables.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

# windeployqt copies the Qt DLLs and the plugins Qt loads at run time (platforms/qwindows,
# sqldrivers/qsqlite, imageformats/qsvg, styles, printsupport) next to pingjia.exe, and
# Qt's own translations; it runs on the installed tree, so `cpack` packs its result.
get_target_property(pingjia_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(pingjia_qt_bin "${pingjia_qmake}" DIRECTORY)
find_program(PINGJIA_WINDEPLOYQT windeployqt HINTS "${pingjia_qt_bin}" REQUIRED)
install(CODE "
    execute_process(
        COMMAND \"${PINGJIA_WINDEPLOYQT}\" --release --no-compiler-runtime
                --translations zh_CN,en --dir \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\"
                \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/pingjia.exe\"
                \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/pingjia-platform-sim.exe\"
        COMMAND_ERROR_IS_FATAL ANY)
")

# The other DLLs (qt6keychain, libsodium, xlsxwriter, zlib, sqlite3, simdjson) are not
# Qt's, so windeployqt leaves them: copy what the executables need, minus Windows' own.
install(CODE "
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES \"$<TARGET_FILE:pingjia>\" \"$<TARGET_FILE:pingjia-platform-sim>\"
        RESOLVED_DEPENDENCIES_VAR pingjia_dlls
        PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\" \"^Qt6\"
        POST_EXCLUDE_REGEXES \"[Ss]ystem32\" \"[Ww]in[Ss]x[Ss]\"
        DIRECTORIES \"${pingjia_qt_bin}\" \$ENV{PATH})
    file(INSTALL \${pingjia_dlls} DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
")
