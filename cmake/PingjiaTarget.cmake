# SPDX-License-Identifier: GPL-3.0-or-later
# Helpers shared by every target of the project.

# Warnings as errors on our own code only (Qt and system headers are SYSTEM includes).
function(pingjia_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Werror)
endfunction()

# pingjia_layer(<target> SOURCES ... LINKS ...)
# One static library per layer; LINKS must respect DESIGN.md §2.
function(pingjia_layer target)
    cmake_parse_arguments(L "" "" "SOURCES;LINKS" ${ARGN})
    add_library(${target} STATIC ${L_SOURCES})
    target_link_libraries(${target} PUBLIC ${L_LINKS})
    target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR})
    pingjia_warnings(${target})
endfunction()

# pingjia_test(<name> SOURCES ... LINKS ... LABELS unit|integration|gui
#              [KEYRING] [XVFB] [TIMEOUT s])
# KEYRING: run inside a private D-Bus session with an unlocked throwaway gnome-keyring.
# XVFB:    run under a private Xvfb server (xcb platform) instead of offscreen.
function(pingjia_test name)
    cmake_parse_arguments(T "KEYRING;XVFB" "TIMEOUT" "SOURCES;LINKS;LABELS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LINKS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}
        ${PROJECT_SOURCE_DIR}/tests/common)
    target_compile_definitions(${name} PRIVATE
        PINGJIA_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        PINGJIA_BINARY_DIR="${PROJECT_BINARY_DIR}")
    pingjia_warnings(${name})
    set(cmd $<TARGET_FILE:${name}>)
    if(T_XVFB)
        set(cmd ${PROJECT_SOURCE_DIR}/tests/launchers/with-xvfb.sh ${cmd})
    endif()
    if(T_KEYRING)
        set(cmd ${PROJECT_SOURCE_DIR}/tests/launchers/with-keyring.sh ${cmd})
    endif()
    add_test(NAME ${name} COMMAND ${cmd})
    # Generous bounds: a loaded 2-core machine may take many times an idle one's time, and
    # a hung test is what these catch, not a slow one. Qt Test's own watchdog (300 s per
    # test function by default) is moved to the same bound, so CTest's timeout decides.
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 900)
    endif()
    math(EXPR function_timeout_ms "${T_TIMEOUT} * 1000")
    set(env "PINGJIA_TEST_ARTIFACTS=${PROJECT_BINARY_DIR}/test-artifacts"
            "QTEST_FUNCTION_TIMEOUT=${function_timeout_ms}"
            "PINGJIA_SIM=$<TARGET_FILE:pingjia-platform-sim>"
            "PINGJIA_APP=$<TARGET_FILE:pingjia>")
    if(NOT T_XVFB)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    set_tests_properties(${name} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "${env}")
endfunction()
