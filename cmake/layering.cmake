# Checks that every #include follows the arrows between Rectify's libraries.
# Run as: cmake -DSOURCE_DIR=... -DRULES=... [-DSTAMP=file] -P layering.cmake
#
# RULES is a list of "folder:area area ..." entries, one per core library, as
# declared by rectify_core_area() in core/CMakeLists.txt: core/store may include
# the areas it uses (and the areas they use), never the others. Besides:
#   - nothing under core/ includes ui/, app/ or tests/;
#   - ui/ does not include app/ or tests/; ui/dashboard/charts (a library the CLI
#     links) includes core and itself only; a ui feature folder does not include
#     ui/window/ (the window composes the features, not the other way round);
#   - ui/ runs no SQL: it does not include store/sqlaccess.h, and no string literal
#     in it starts with SELECT, INSERT, UPDATE, DELETE or WITH (a query the window
#     needs is a function of a core area, where the tests on both backends see it).
# A violation is printed with the file and line, and the script fails.

cmake_minimum_required(VERSION 3.21)

if(NOT SOURCE_DIR OR NOT DEFINED RULES)
    message(FATAL_ERROR "usage: cmake -DSOURCE_DIR=dir -DRULES=rules [-DSTAMP=file] -P layering.cmake")
endif()

set(areas)
foreach(rule IN LISTS RULES)
    string(REGEX MATCH "^core/([a-z]+):(.*)$" _ "${rule}")
    set(area "${CMAKE_MATCH_1}")
    string(REPLACE " " ";" direct "${CMAKE_MATCH_2}")
    list(APPEND areas ${area})
    set(uses_${area} ${direct})
endforeach()

# The areas each area may reach, through the areas it uses.
foreach(area IN LISTS areas)
    set(reach ${area} ${uses_${area}})
    set(changed TRUE)
    while(changed)
        set(changed FALSE)
        foreach(r IN LISTS reach)
            foreach(u IN LISTS uses_${r})
                if(NOT u IN_LIST reach)
                    list(APPEND reach ${u})
                    set(changed TRUE)
                endif()
            endforeach()
        endforeach()
    endwhile()
    set(reach_${area} ${reach})
endforeach()

set(violations)
macro(check_file file allowed_core forbid_prefixes)
    file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]+\"")
    file(RELATIVE_PATH rel "${SOURCE_DIR}" "${file}")
    foreach(line IN LISTS lines)
        string(REGEX MATCH "\"([^\"]+)\"" _ "${line}")
        set(target "${CMAKE_MATCH_1}")
        string(REGEX MATCH "^([a-z]+)/" _ "${target}")
        set(top "${CMAKE_MATCH_1}")
        set(bad FALSE)
        if(top IN_LIST areas AND NOT top IN_LIST ${allowed_core})
            set(bad TRUE)
        endif()
        foreach(prefix IN LISTS ${forbid_prefixes})
            string(FIND "${target}" "${prefix}" at)
            if(at EQUAL 0)
                set(bad TRUE)
            endif()
        endforeach()
        if(bad)
            list(APPEND violations "${rel}: #include \"${target}\"")
        endif()
    endforeach()
endmacro()

# core/
foreach(area IN LISTS areas)
    file(GLOB files "${SOURCE_DIR}/core/${area}/*.h" "${SOURCE_DIR}/core/${area}/*.cpp")
    set(forbid "ui/" "app/" "tests/")
    foreach(f IN LISTS files)
        check_file("${f}" reach_${area} forbid)
    endforeach()
endforeach()
# Anything in core/ outside a declared area is itself a mistake.
file(GLOB core_dirs LIST_DIRECTORIES true "${SOURCE_DIR}/core/*")
foreach(d IN LISTS core_dirs)
    get_filename_component(name "${d}" NAME)
    if(IS_DIRECTORY "${d}" AND NOT name IN_LIST areas)
        list(APPEND violations "core/${name}/: a folder that is no declared library")
    endif()
endforeach()

# ui/
file(GLOB_RECURSE ui_files "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp")
foreach(f IN LISTS ui_files)
    file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
    set(forbid "app/" "tests/" "store/sqlaccess.h")
    if(rel MATCHES "^ui/dashboard/charts/")
        list(APPEND forbid "ui/window/" "ui/common/" "ui/tasks/" "ui/import/" "ui/signoff/"
            "ui/users/" "ui/audit/" "ui/datasafety/" "ui/server/" "ui/dashboard/dashboard"
            "ui/dashboard/export")
    elseif(NOT rel MATCHES "^ui/window/")
        list(APPEND forbid "ui/window/")
    endif()
    check_file("${f}" areas forbid)
    # A literal (or raw literal) whose text starts with a statement's keyword.
    file(STRINGS "${f}" sql_lines REGEX "\"\\(?[ \t]*(SELECT|INSERT|UPDATE|DELETE|WITH)([^A-Za-z0-9_]|$)")
    foreach(line IN LISTS sql_lines)
        string(STRIP "${line}" line)
        list(APPEND violations "${rel}: SQL text ${line}")
    endforeach()
endforeach()

if(violations)
    list(JOIN violations "\n  " text)
    message(FATAL_ERROR "Includes against the library arrows, or SQL in ui/ (see cmake/layering.cmake):\n  ${text}")
endif()
if(STAMP)
    file(WRITE "${STAMP}" "ok\n")
endif()
