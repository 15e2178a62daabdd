# Writes the man page okx-wallet-viewer(1) from the program's own help, so it can never drift from
# it: help2man turns `PROGRAM --help` and `--version` into the page; this script adds the hand-written
# sections of INCLUDE and a COMMANDS section made of `PROGRAM <command> --help` of every command the
# top-level help lists (and `watch <action> --help` of every action `watch --help` lists): each one's
# usage, description and own options; the options every command shares are the page's OPTIONS.
#
# cmake -DPROGRAM=… -DHELP2MAN=… -DINCLUDE=….h2m -DNAME="one-line description" -DOUTPUT=….1 -P manpage.cmake

cmake_minimum_required(VERSION 3.22)

foreach(variable PROGRAM HELP2MAN INCLUDE NAME OUTPUT)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "manpage.cmake: ${variable} is not set")
    endif()
endforeach()

# The help is the same in every locale (the command line is English), but a fixed one keeps
# Qt's messages and help2man's own words out of the user's language.
set(ENV{LC_ALL} C.UTF-8)
# Run by its name through PATH, as a user does: the help's "Usage:" line names the program as it
# was started, and the page must not show the build tree.
get_filename_component(program_dir ${PROGRAM} DIRECTORY)
get_filename_component(program_name ${PROGRAM} NAME)
set(ENV{PATH} "${program_dir}:$ENV{PATH}")

# The help text is split into lines as a CMake list, so its own semicolons are set aside first.
set(semicolon "<okxsemicolon>")

# help_lines(<out-var> <arguments>…): the lines of `program <arguments>… --help`, or a fatal error.
function(help_lines out)
    execute_process(COMMAND ${program_name} ${ARGN} --help
        OUTPUT_VARIABLE text ERROR_VARIABLE errors RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        list(JOIN ARGN " " arguments)
        message(FATAL_ERROR "manpage.cmake: '${program_name} ${arguments} --help' failed (${result}): ${errors}")
    endif()
    string(REPLACE ";" "${semicolon}" text "${text}")
    string(REPLACE "\n" ";" lines "${text}")
    set(${out} "${lines}" PARENT_SCOPE)
endfunction()

# roff(<out-var> <text>): text for roff: its semicolons back, backslashes as \e, minus signs as \-
# (so options can be copied), and a leading dot or apostrophe (a request to roff) escaped with \&.
function(roff out text)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REPLACE "${semicolon}" ";" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# parse_help(<prefix> <lines>): from a help's lines, sets <prefix>_usage (the usage line without the
# program), <prefix>_description (the lines up to the first section), <prefix>_options (one entry
# per option, "<names><tab><description>", continuation lines joined) and <prefix>_items (the
# "  <word> …" lines of an "Actions:" or "Commands:" section).
function(parse_help prefix)
    set(section "")
    set(usage "")
    set(description "")
    set(options "")
    set(items "")
    set(entry "")
    foreach(line IN LISTS ARGN)
        if(line MATCHES "^Usage: [^ ]+ (.*)$")
            set(usage "${CMAKE_MATCH_1}")
        elseif(line MATCHES "^([A-Z][a-z]+):$")
            set(section "${CMAKE_MATCH_1}")
        elseif(section STREQUAL "" AND NOT line STREQUAL "")
            string(APPEND description "${line}\n")
        elseif(section STREQUAL "Options" AND line MATCHES "^  (-[^ ]*( [^ ]+)*)  +(.*)$")
            if(entry)
                list(APPEND options "${entry}")
            endif()
            set(entry "${CMAKE_MATCH_1}\t${CMAKE_MATCH_3}")
        elseif(section STREQUAL "Options" AND line MATCHES "^      +(.*)$")
            string(APPEND entry " ${CMAKE_MATCH_1}")
        elseif(section MATCHES "^(Actions|Commands)$" AND line MATCHES "^  ([a-z].*)$")
            list(APPEND items "${CMAKE_MATCH_1}")
        endif()
    endforeach()
    if(entry)
        list(APPEND options "${entry}")
    endif()
    set(${prefix}_usage "${usage}" PARENT_SCOPE)
    set(${prefix}_description "${description}" PARENT_SCOPE)
    set(${prefix}_options "${options}" PARENT_SCOPE)
    set(${prefix}_items "${items}" PARENT_SCOPE)
endfunction()

# command_section(<out-var> <words>…): the roff of `program <words>… --help`: a subsection headed by
# the usage, the description, and the options the top-level help does not list.
function(command_section out)
    help_lines(lines ${ARGN})
    parse_help(command ${lines})
    string(STRIP "${command_description}" description)
    roff(usage "${program_name} ${command_usage}")
    roff(description "${description}")
    string(REPLACE "\n" "\n.br\n" description "${description}")
    set(text ".SS \"${usage}\"\n${description}\n")
    foreach(option IN LISTS command_options)
        if(NOT option IN_LIST top_options)
            string(REPLACE "\t" ";" parts "${option}")
            list(GET parts 0 names)
            list(GET parts 1 explanation)
            roff(names "${names}")
            roff(explanation "${explanation}")
            string(APPEND text ".TP\n\\fB${names}\\fR\n${explanation}\n")
        endif()
    endforeach()
    set(${out} "${text}" PARENT_SCOPE)
    set(command_items "${command_items}" PARENT_SCOPE)
endfunction()

help_lines(lines)
parse_help(top ${lines})
if(NOT top_items)
    message(FATAL_ERROR "manpage.cmake: no \"Commands:\" list in '${program_name} --help'")
endif()

file(READ ${INCLUDE} sections)
string(APPEND sections "\n[COMMANDS]\n"
    "The options under OPTIONS apply to every command that talks to the API.\n")
foreach(item IN LISTS top_items)
    string(REGEX MATCH "^[a-z]+" command "${item}")
    command_section(text ${command})
    string(APPEND sections "${text}")
    # A command with actions (watch) lists them as "<command> <action> …".
    foreach(action_item IN LISTS command_items)
        if(action_item MATCHES "^${command} ([a-z]+)")
            command_section(text ${command} ${CMAKE_MATCH_1})
            string(APPEND sections "${text}")
        endif()
    endforeach()
endforeach()

get_filename_component(output_dir ${OUTPUT} DIRECTORY)
set(include_file ${output_dir}/okx-wallet-viewer.h2m)
file(WRITE ${include_file} "${sections}")

execute_process(COMMAND ${HELP2MAN} --locale=C.UTF-8 --no-info --section=1 --name=${NAME} --include=${include_file}
        --output=${OUTPUT} ${program_name}
    ERROR_VARIABLE errors RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "manpage.cmake: help2man failed (${result}): ${errors}")
endif()

# The help's typographic quotes as roff's own characters, so the page reads right in any locale.
file(READ ${OUTPUT} page)
foreach(pair "“=\\(lq" "”=\\(rq" "‘=\\(oq" "’=\\(cq" "…=.\\|.\\|.")
    string(REGEX MATCH "^([^=]+)=(.*)$" ignored "${pair}")
    string(REPLACE "${CMAKE_MATCH_1}" "${CMAKE_MATCH_2}" page "${page}")
endforeach()
file(WRITE ${OUTPUT} "${page}")
