# Writes the Debian changelog (usr/share/doc/okx-wallet-viewer/changelog.gz) from the releases of
# the AppStream metainfo, so the release notes are written once: one entry per <release>, newest
# first, its text the paragraphs of its <description>.
#
# cmake -DMETAINFO=….metainfo.xml -DPACKAGE=name -DMAINTAINER="Name <address>" -DOUTPUT=changelog -P changelog.cmake

cmake_minimum_required(VERSION 3.22)

foreach(variable METAINFO PACKAGE MAINTAINER OUTPUT)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "changelog.cmake: ${variable} is not set")
    endif()
endforeach()

file(READ ${METAINFO} metainfo)
# The text is cut into CMake lists below: its own semicolons are set aside until the end.
string(REPLACE ";" "<okxsemicolon>" metainfo "${metainfo}")
string(REGEX MATCHALL "<release [^>]*>.*</release>" releases "${metainfo}")
# One match holds all the releases: split it before each <release.
string(REPLACE "<release " ";<release " releases "${releases}")

set(changelog "")
foreach(release IN LISTS releases)
    if(NOT release MATCHES "^<release version=\"([^\"]+)\" date=\"([0-9-]+)\"")
        continue()
    endif()
    set(version ${CMAKE_MATCH_1})
    set(date ${CMAKE_MATCH_2})
    execute_process(COMMAND date --utc --rfc-email --date ${date}
        OUTPUT_VARIABLE stamp OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
    string(REGEX MATCHALL "<p>[^<]*</p>" paragraphs "${release}")
    string(APPEND changelog "${PACKAGE} (${version}) stable; urgency=medium\n\n")
    foreach(paragraph IN LISTS paragraphs)
        string(REGEX REPLACE "</?p>" "" paragraph "${paragraph}")
        string(REGEX REPLACE "[ \n]+" " " paragraph "${paragraph}")
        string(STRIP "${paragraph}" paragraph)
        # "  * " then the words, wrapped under the text at 78 columns.
        set(line "  *")
        string(REPLACE " " ";" words "${paragraph}")
        foreach(word IN LISTS words)
            string(LENGTH "${line} ${word}" width)
            if(width GREATER 78)
                string(APPEND changelog "${line}\n")
                set(line "   ")
            endif()
            string(APPEND line " ${word}")
        endforeach()
        string(APPEND changelog "${line}\n")
    endforeach()
    string(APPEND changelog "\n -- ${MAINTAINER}  ${stamp}\n\n")
endforeach()
if(changelog STREQUAL "")
    message(FATAL_ERROR "changelog.cmake: no <release version=… date=…> in ${METAINFO}")
endif()
string(STRIP "${changelog}" changelog)
string(REPLACE "<okxsemicolon>" ";" changelog "${changelog}")
file(WRITE ${OUTPUT} "${changelog}\n")
