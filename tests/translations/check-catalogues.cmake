# Fails when `update_translations` would change a catalogue: strings added to or gone
# from the sources (new or vanished entries), or entries left unfinished or obsolete.
# lupdate runs, with the options the update target uses, on copies in a scratch
# directory, so the checked-in .ts files are never touched.
#
# -DLUPDATE=… -DSOURCES_LIST=file -DINCLUDE_DIRS=a;b -DTS_FILES=a.ts;b.ts -DWORK_DIR=dir
foreach(var LUPDATE SOURCES_LIST INCLUDE_DIRS TS_FILES WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check-catalogues.cmake needs -D${var}=…")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(include_args)
foreach(dir IN LISTS INCLUDE_DIRS)
    list(APPEND include_args "-I${dir}")
endforeach()

set(problems 0)
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    configure_file("${ts}" "${copy}" COPYONLY)
    execute_process(
        COMMAND "${LUPDATE}" -locations none -no-obsolete ${include_args} "@${SOURCES_LIST}" -ts "${copy}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name} (${rc}):\n${out}")
    endif()
    message(STATUS "${name}: ${out}")

    file(READ "${ts}" before)
    file(READ "${copy}" after)
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${after}")
    string(REGEX MATCHALL "type=\"(obsolete|vanished)\"" obsolete "${after}")
    list(LENGTH unfinished n_unfinished)
    list(LENGTH obsolete n_obsolete)
    if(n_unfinished GREATER 0)
        message(SEND_ERROR "${name}: ${n_unfinished} unfinished entries")
        math(EXPR problems "${problems} + 1")
    endif()
    if(n_obsolete GREATER 0)
        message(SEND_ERROR "${name}: ${n_obsolete} obsolete or vanished entries")
        math(EXPR problems "${problems} + 1")
    endif()
    if(NOT before STREQUAL after)
        # New strings in the sources, or strings that are gone from them.
        message(SEND_ERROR "${name}: lupdate would change it (new or vanished strings); "
                           "compare with ${copy}")
        math(EXPR problems "${problems} + 1")
    endif()
endforeach()

if(problems GREATER 0)
    message(FATAL_ERROR "Run `cmake --build build --target update_translations`, then translate "
                        "what is unfinished (Qt Linguist or the .ts files) in both languages.")
endif()
message(STATUS "Both catalogues are complete and match the sources.")
