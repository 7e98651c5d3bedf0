# Custody's application icon. resources/icons/custody.svg is the source; the
# PNG renders and custody.ico are committed so that a build needs no SVG
# renderer. `cmake --build <dir> --target render_icons` regenerates them in the
# source tree after the SVG changes (needs rsvg-convert from librsvg2-bin, or
# ImageMagick with SVG support; the .ico needs ImageMagick).
# Included from every directory that needs the variables below, so no include_guard.

set(CUSTODY_ICON_DIR "${CMAKE_CURRENT_LIST_DIR}/icons")
set(CUSTODY_ICON_SVG "${CUSTODY_ICON_DIR}/custody.svg")
# Sizes of the freedesktop hicolor theme and of the embedded window icon.
set(CUSTODY_ICON_SIZES 16 32 48 64 128 256)
# The macOS .iconset also wants 512 and 1024 (512@2x).
set(CUSTODY_ICON_LARGE_SIZES 512 1024)

# Embeds the SVG and the PNG renders in <target> as :/icons/custody.svg and
# :/icons/custody-<size>.png. The target form of qt_add_resources keeps the
# resources in a static library without Q_INIT_RESOURCE.
function(custody_add_icon_resources target)
    set(files "${CUSTODY_ICON_SVG}")
    foreach(size IN LISTS CUSTODY_ICON_SIZES)
        set(png "${CUSTODY_ICON_DIR}/png/custody-${size}.png")
        set_source_files_properties("${png}" PROPERTIES QT_RESOURCE_ALIAS "custody-${size}.png")
        list(APPEND files "${png}")
    endforeach()
    set_source_files_properties("${CUSTODY_ICON_SVG}" PROPERTIES QT_RESOURCE_ALIAS custody.svg)
    qt_add_resources(${target} custody_icons PREFIX /icons FILES ${files})
endfunction()

if(NOT TARGET render_icons)
    find_program(CUSTODY_RSVG_CONVERT rsvg-convert)
    find_program(CUSTODY_IMAGEMAGICK NAMES magick convert)
    set(render_commands "")
    set(pngs "")
    foreach(size IN LISTS CUSTODY_ICON_SIZES CUSTODY_ICON_LARGE_SIZES)
        set(png "${CUSTODY_ICON_DIR}/png/custody-${size}.png")
        list(APPEND pngs "${png}")
        if(CUSTODY_RSVG_CONVERT)
            list(APPEND render_commands COMMAND "${CUSTODY_RSVG_CONVERT}" -w ${size} -h ${size}
                "${CUSTODY_ICON_SVG}" -o "${png}")
        elseif(CUSTODY_IMAGEMAGICK)
            list(APPEND render_commands COMMAND "${CUSTODY_IMAGEMAGICK}" -background none -density 1536
                "${CUSTODY_ICON_SVG}" -resize ${size}x${size} "PNG32:${png}")
        endif()
    endforeach()
    if(render_commands AND CUSTODY_IMAGEMAGICK)
        # Windows shows 16, 32 and 48 in lists and 256 on large tiles.
        list(APPEND render_commands COMMAND "${CUSTODY_IMAGEMAGICK}"
            "${CUSTODY_ICON_DIR}/png/custody-16.png" "${CUSTODY_ICON_DIR}/png/custody-32.png"
            "${CUSTODY_ICON_DIR}/png/custody-48.png" "${CUSTODY_ICON_DIR}/png/custody-64.png"
            "${CUSTODY_ICON_DIR}/png/custody-128.png" "${CUSTODY_ICON_DIR}/png/custody-256.png"
            "${CUSTODY_ICON_DIR}/custody.ico")
    endif()
    if(render_commands)
        add_custom_target(render_icons ${render_commands}
            DEPENDS "${CUSTODY_ICON_SVG}"
            COMMENT "Rendering resources/icons/custody.svg into the committed PNGs and custody.ico"
            VERBATIM)
    else()
        add_custom_target(render_icons
            COMMAND "${CMAKE_COMMAND}" -E echo
                "render_icons: install librsvg2-bin (rsvg-convert) or ImageMagick to regenerate the icons"
            COMMAND "${CMAKE_COMMAND}" -E false
            VERBATIM)
    endif()
endif()
