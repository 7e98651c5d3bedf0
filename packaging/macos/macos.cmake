# macOS: the custody target becomes Custody.app (Info.plist, icon), and at
# install time custody-cli and custody-sim move into the bundle and
# macdeployqt copies the Qt frameworks and plugins in, so that CPack's
# DragNDrop generator packs one self-contained app. Included from
# packaging/CPackConfig.cmake; app/gui/CMakeLists.txt defines the target.
include_guard(GLOBAL)
include(GNUInstallDirs)
include("${PROJECT_SOURCE_DIR}/resources/icons.cmake")

if(NOT TARGET custody)
    return()
endif()

# custody.icns from the committed PNGs, with iconutil (part of Xcode's
# command line tools). Made at configure time: its inputs are in the repo.
set(custody_iconset "${PROJECT_BINARY_DIR}/packaging/custody.iconset")
set(custody_icns "${PROJECT_BINARY_DIR}/packaging/custody.icns")
file(REMOVE_RECURSE "${custody_iconset}")
file(MAKE_DIRECTORY "${custody_iconset}")
foreach(size 16 32 128 256 512)
    math(EXPR double "${size} * 2")
    file(COPY_FILE "${CUSTODY_ICON_DIR}/png/custody-${size}.png" "${custody_iconset}/icon_${size}x${size}.png")
    file(COPY_FILE "${CUSTODY_ICON_DIR}/png/custody-${double}.png" "${custody_iconset}/icon_${size}x${size}@2x.png")
endforeach()
find_program(CUSTODY_ICONUTIL iconutil REQUIRED)
execute_process(COMMAND "${CUSTODY_ICONUTIL}" -c icns -o "${custody_icns}" "${custody_iconset}"
    RESULT_VARIABLE custody_iconutil_result)
if(NOT custody_iconutil_result EQUAL 0)
    message(FATAL_ERROR "iconutil could not make ${custody_icns}")
endif()

target_sources(custody PRIVATE "${custody_icns}")
set_source_files_properties("${custody_icns}" TARGET_DIRECTORY custody
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

set_target_properties(custody PROPERTIES
    MACOSX_BUNDLE TRUE
    OUTPUT_NAME Custody
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/Info.plist.in"
    MACOSX_BUNDLE_GUI_IDENTIFIER io.custody.Custody
    MACOSX_BUNDLE_BUNDLE_NAME Custody
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_ICON_FILE custody.icns
    MACOSX_BUNDLE_COPYRIGHT "The Custody developers")

# macdeployqt sits next to qmake in Qt's bin folder (tools/Qt6/bin with vcpkg).
get_target_property(custody_qmake Qt6::qmake LOCATION)
get_filename_component(custody_qt_bin_dir "${custody_qmake}" DIRECTORY)
if(TARGET Qt6::macdeployqt AND NOT CUSTODY_MACDEPLOYQT)
    get_target_property(CUSTODY_MACDEPLOYQT Qt6::macdeployqt LOCATION)
endif()
find_program(CUSTODY_MACDEPLOYQT macdeployqt HINTS "${custody_qt_bin_dir}" REQUIRED)
# Optional: a "Developer ID Application: ..." identity signs the bundle with
# the hardened runtime, ready for notarisation (see packaging/macos/README.md).
set(CUSTODY_CODESIGN_IDENTITY "" CACHE STRING "macOS code signing identity for macdeployqt (empty: ad hoc)")

# Runs after the targets are installed (CMP0082 keeps the order of install
# rules, and the top-level CMakeLists.txt includes packaging last).
install(CODE "
    set(app \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/$<TARGET_BUNDLE_DIR_NAME:custody>\")
    set(bin \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    # The command line tools live inside the bundle and share its frameworks;
    # users link them into their PATH (see packaging/macos/README.md).
    foreach(tool custody-cli custody-sim)
        file(RENAME \"\${bin}/\${tool}\" \"\${app}/Contents/MacOS/\${tool}\")
    endforeach()
    file(GLOB left \"\${bin}/*\")
    if(NOT left)
        file(REMOVE_RECURSE \"\${bin}\")
    endif()
    set(sign_args \"\")
    if(NOT [[${CUSTODY_CODESIGN_IDENTITY}]] STREQUAL \"\")
        set(sign_args [[-codesign=${CUSTODY_CODESIGN_IDENTITY}]] -hardened-runtime -timestamp)
    endif()
    execute_process(COMMAND [[${CUSTODY_MACDEPLOYQT}]] \"\${app}\"
            \"-executable=\${app}/Contents/MacOS/custody-cli\"
            \"-executable=\${app}/Contents/MacOS/custody-sim\"
            -always-overwrite \${sign_args}
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR \"macdeployqt failed (\${result})\")
    endif()
")
