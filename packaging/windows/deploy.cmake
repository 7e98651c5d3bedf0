# Install-time deployment on Windows, included by the install script that
# packaging/windows/windows.cmake generates. Runs windeployqt on the installed
# executables, then copies the remaining DLLs they load (QtKeychain, zlib)
# from the build machine into the same folder.
include_guard(GLOBAL)

function(custody_deploy_windows)
    cmake_parse_arguments(arg "" "BIN_DIR;WINDEPLOYQT" "EXECUTABLES;DLL_DIRS" ${ARGN})
    set(exes "")
    foreach(name IN LISTS arg_EXECUTABLES)
        list(APPEND exes "${arg_BIN_DIR}/${name}")
    endforeach()

    # The translations of Qt's own dialogs are kept; the compiler runtime
    # comes from InstallRequiredSystemLibraries instead of a vc_redist copy.
    message(STATUS "windeployqt: ${arg_BIN_DIR}")
    execute_process(
        COMMAND "${arg_WINDEPLOYQT}" --no-compiler-runtime --verbose 1 --dir "${arg_BIN_DIR}" ${exes}
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "windeployqt failed (${result})")
    endif()

    # Everything else the executables load that is not part of Windows.
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES ${exes}
        RESOLVED_DEPENDENCIES_VAR resolved
        UNRESOLVED_DEPENDENCIES_VAR unresolved
        DIRECTORIES ${arg_DLL_DIRS} "${arg_BIN_DIR}"
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
        POST_EXCLUDE_REGEXES "[/\\\\][Ss]ystem32[/\\\\]" "[/\\\\][Ww]in[Ss]x[Ss][/\\\\]")
    foreach(dll IN LISTS resolved)
        get_filename_component(name "${dll}" NAME)
        if(NOT EXISTS "${arg_BIN_DIR}/${name}")
            message(STATUS "Deploying ${name}")
            file(COPY "${dll}" DESTINATION "${arg_BIN_DIR}")
        endif()
    endforeach()
    if(unresolved)
        message(WARNING "DLLs not found for deployment: ${unresolved}")
    endif()
endfunction()
