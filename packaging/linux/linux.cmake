# Linux desktop integration, installed next to the binaries: the .desktop
# entry, the AppStream metainfo and the hicolor icons. Included from
# packaging/CPackConfig.cmake.
include_guard(GLOBAL)
include(GNUInstallDirs)
include("${PROJECT_SOURCE_DIR}/resources/icons.cmake")

if(NOT CUSTODY_BUILD_GUI)
    return()
endif()

# The release date in the metainfo; string(TIMESTAMP) honours
# SOURCE_DATE_EPOCH, so a reproducible build gets a fixed date.
string(TIMESTAMP custody_default_release_date "%Y-%m-%d" UTC)
set(CUSTODY_RELEASE_DATE "${custody_default_release_date}" CACHE STRING
    "Release date written into the AppStream metainfo (YYYY-MM-DD)")

set(CUSTODY_METAINFO "${PROJECT_BINARY_DIR}/packaging/io.custody.Custody.metainfo.xml")
configure_file("${CMAKE_CURRENT_LIST_DIR}/io.custody.Custody.metainfo.xml" "${CUSTODY_METAINFO}" @ONLY)

install(FILES "${CMAKE_CURRENT_LIST_DIR}/custody.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${CUSTODY_METAINFO}"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
foreach(size IN LISTS CUSTODY_ICON_SIZES)
    install(FILES "${CUSTODY_ICON_DIR}/png/custody-${size}.png"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps"
        RENAME custody.png)
endforeach()
install(FILES "${CUSTODY_ICON_SVG}"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
