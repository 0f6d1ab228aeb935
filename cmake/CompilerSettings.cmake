# Warnings and sanitizers live on an INTERFACE target that every Spyline target links,
# so third-party code and Qt's generated sources are not affected.
add_library(spyline_compiler_settings INTERFACE)
target_compile_options(spyline_compiler_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    -Wcast-qual -Wformat=2 -Wimplicit-fallthrough)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12 reports std::optional members of Qt containers as maybe-uninitialized at -O2; false positives.
    target_compile_options(spyline_compiler_settings INTERFACE -Wno-maybe-uninitialized)
endif()
if(SPYLINE_WERROR)
    target_compile_options(spyline_compiler_settings INTERFACE -Werror)
endif()
target_compile_definitions(spyline_compiler_settings INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_FOREACH QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SPYLINE_VERSION="${PROJECT_VERSION}")

if(SPYLINE_SANITIZE)
    set(spyline_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_compile_options(spyline_compiler_settings INTERFACE ${spyline_sanitizers})
    target_link_options(spyline_compiler_settings INTERFACE ${spyline_sanitizers})
endif()
if(SPYLINE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "SPYLINE_FUZZ needs clang (libFuzzer)")
    endif()
    target_compile_options(spyline_compiler_settings INTERFACE -fsanitize=fuzzer-no-link)
endif()

# The suite links some forty programs; GNU ld spends seconds on each one's debug information, lld
# a quarter of that. Used where installed (scripts/install-deps.sh installs it).
include(CheckLinkerFlag)
check_linker_flag(CXX -fuse-ld=lld SPYLINE_HAVE_LLD)
if(SPYLINE_HAVE_LLD)
    target_link_options(spyline_compiler_settings INTERFACE -fuse-ld=lld)
endif()

# Parsing Qt's headers is half of a source's compile time. A target with many sources parses the
# common ones once, in a precompiled header; WIDGETS adds QtGui and QtWidgets, TESTS GoogleTest.
function(spyline_precompile_headers target)
    cmake_parse_arguments(PCH "WIDGETS;TESTS" "" "" ${ARGN})
    if(NOT SPYLINE_PRECOMPILED_HEADERS)
        return()
    endif()
    set(headers <algorithm> <memory> <optional> <vector> <QtCore/QDateTime> <QtCore/QHash>
        <QtCore/QList> <QtCore/QObject> <QtCore/QString> <QtCore/QStringList> <QtCore/QVariant>)
    if(PCH_WIDGETS)
        list(APPEND headers <QtGui/QColor> <QtGui/QPainter> <QtWidgets/QApplication> <QtWidgets/QWidget>)
    endif()
    if(PCH_TESTS)
        list(APPEND headers <gtest/gtest.h>)
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_LAUNCHER)
        # ccache reads GCC's precompiled header through the preprocessed output.
        target_compile_options(${target} PRIVATE -fpch-preprocess)
    endif()
endfunction()
