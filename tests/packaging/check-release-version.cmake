# The AppStream metainfo's newest release (the first <release>) is the project's version, so a
# software centre shows the version the package installs.
#   cmake -DMETAINFO=….metainfo.xml -DVERSION=x.y.z -P check-release-version.cmake

cmake_minimum_required(VERSION 3.22)
file(READ ${METAINFO} metainfo)
string(REGEX MATCH "<release version=\"([^\"]*)\"" newest "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "${METAINFO}: the newest <release> is '${CMAKE_MATCH_1}', the project is ${VERSION}: "
                        "add a <release version=\"${VERSION}\" date=…> above the others")
endif()
message(STATUS "newest release ${CMAKE_MATCH_1} = project version ${VERSION}")
