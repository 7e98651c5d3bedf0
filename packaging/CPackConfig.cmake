# Installers. `cmake --build <dir> --target package` builds this platform's:
# Linux a .deb and a .tar.gz, Windows an NSIS installer, macOS a .dmg.
# Settings that differ per generator are in CPackOptions.cmake.in, which CPack
# reads once for each generator it runs (CPACK_PROJECT_CONFIG_FILE).
# The version comes from project(VERSION) in the top-level CMakeLists.txt only.
include_guard(GLOBAL)
include(GNUInstallDirs)

if(APPLE)
    include("${CMAKE_CURRENT_LIST_DIR}/macos/macos.cmake")
elseif(WIN32)
    include("${CMAKE_CURRENT_LIST_DIR}/windows/windows.cmake")
else()
    include("${CMAKE_CURRENT_LIST_DIR}/linux/linux.cmake")
endif()

set(CPACK_PACKAGE_NAME "Custody")
set(CPACK_PACKAGE_VENDOR "The Custody developers")
set(CPACK_PACKAGE_CONTACT "Custody maintainers <packaging@custody.example.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Custody exports call recordings and conversation records from Genesys Cloud to a local folder or a network share, with a manifest and SHA-256 hashes that a court or an auditor can check. It resumes after a crash without duplicating or losing files, keeps within the organisation's API rate limits and keeps OAuth client secrets in the system keychain.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Custody")
set(CPACK_PACKAGE_EXECUTABLES "custody;Custody")
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)

if(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
elseif(WIN32)
    set(CPACK_GENERATOR "NSIS")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()

set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/\\.cache/" "/demo-exports/" "\\.user$")

# Our NSIS.template.in (per-user or per-machine install) is found here.
set(CPACK_MODULE_PATH "${CMAKE_CURRENT_LIST_DIR}/windows" ${CMAKE_MODULE_PATH})

configure_file("${CMAKE_CURRENT_LIST_DIR}/CPackOptions.cmake.in" "${PROJECT_BINARY_DIR}/CPackOptions.cmake" @ONLY)
set(CPACK_PROJECT_CONFIG_FILE "${PROJECT_BINARY_DIR}/CPackOptions.cmake")

include(CPack)

# The packaging test: packs this build tree (for the test build: the Debug
# and sanitizer binaries) with CPack, unpacks the .deb and the .tar.gz and
# runs what is inside. Needs dpkg-dev (packaging/linux/deps.sh installs it).
if(CUSTODY_BUILD_TESTS AND CUSTODY_BUILD_GUI AND UNIX AND NOT APPLE)
    find_program(CUSTODY_DPKG_DEB dpkg-deb)
    find_program(CUSTODY_DPKG_SHLIBDEPS dpkg-shlibdeps)
    if(CUSTODY_DPKG_DEB AND CUSTODY_DPKG_SHLIBDEPS)
        add_test(NAME package_deb_tgz_install_and_run
            COMMAND "${CMAKE_COMMAND}" -E env "CUSTODY_CPACK=${CMAKE_CPACK_COMMAND}"
                "${CMAKE_CURRENT_LIST_DIR}/linux/test-deb.sh" --cpack-only "${PROJECT_BINARY_DIR}")
        set_tests_properties(package_deb_tgz_install_and_run PROPERTIES TIMEOUT 180 LABELS packaging)
    endif()
endif()
