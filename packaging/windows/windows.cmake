# Windows: the MSVC runtime, the Qt runtime (windeployqt) and the other DLLs
# the executables load go next to them in bin/, at install time, so that both
# `cmake --install` and CPack's NSIS installer get a self-contained folder.
# Included from packaging/CPackConfig.cmake.
include_guard(GLOBAL)
include(GNUInstallDirs)

# msvcp140.dll, vcruntime140.dll and friends into bin/.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
include(InstallRequiredSystemLibraries)

# windeployqt sits next to qmake in Qt's bin folder (tools/Qt6/bin with vcpkg).
get_target_property(custody_qmake Qt6::qmake LOCATION)
get_filename_component(custody_qt_bin_dir "${custody_qmake}" DIRECTORY)
if(TARGET Qt6::windeployqt AND NOT CUSTODY_WINDEPLOYQT)
    get_target_property(CUSTODY_WINDEPLOYQT Qt6::windeployqt LOCATION)
endif()
find_program(CUSTODY_WINDEPLOYQT windeployqt HINTS "${custody_qt_bin_dir}" REQUIRED)

# Folders where the non-Qt DLLs (QtKeychain, zlib) may be found: beside the
# import libraries' bin folders, as vcpkg and the Qt installer lay them out.
set(custody_dll_dirs "${custody_qt_bin_dir}")
foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
    list(APPEND custody_dll_dirs "${prefix}/bin")
endforeach()
if(ZLIB_INCLUDE_DIRS)
    list(GET ZLIB_INCLUDE_DIRS 0 custody_zlib_include)
    list(APPEND custody_dll_dirs "${custody_zlib_include}/../bin")
endif()
get_target_property(custody_keychain_location Qt6Keychain::Qt6Keychain LOCATION)
if(custody_keychain_location)
    get_filename_component(custody_keychain_dir "${custody_keychain_location}" DIRECTORY)
    list(APPEND custody_dll_dirs "${custody_keychain_dir}" "${custody_keychain_dir}/../bin")
endif()

set(custody_exes "$<TARGET_FILE_NAME:custody-cli>" "$<TARGET_FILE_NAME:custody-sim>")
if(TARGET custody)
    list(PREPEND custody_exes "$<TARGET_FILE_NAME:custody>")
endif()

# Runs after the executables are installed: the top-level CMakeLists.txt
# includes this file after add_subdirectory(app), and CMP0082 keeps install
# rules in that order.
install(CODE "
    include([[${CMAKE_CURRENT_LIST_DIR}/deploy.cmake]])
    custody_deploy_windows(
        BIN_DIR \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\"
        WINDEPLOYQT [[${CUSTODY_WINDEPLOYQT}]]
        EXECUTABLES [[${custody_exes}]]
        DLL_DIRS [[${custody_dll_dirs}]])
")
