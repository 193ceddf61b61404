# Helpers for the CMake files of the kernel and the modules.

# samenbeter_embed_text(OUT_VAR INPUT FUNCTION): a generated source whose
# FUNCTION (e.g. sb::api::board_openapi) returns INPUT's text as std::string_view.
function(samenbeter_embed_text out input function)
  string(REPLACE "::" "_" stem "${function}")
  set(output ${CMAKE_CURRENT_BINARY_DIR}/${stem}.cpp)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${input} -DOUTPUT=${output} -DFUNCTION=${function}
            -P ${PROJECT_SOURCE_DIR}/cmake/embed_text.cmake
    DEPENDS ${input} ${PROJECT_SOURCE_DIR}/cmake/embed_text.cmake
    COMMENT "Embedding ${input}")
  set(${out} ${output} PARENT_SCOPE)
endfunction()

# samenbeter_library(NAME SOURCES... LINK libs...): a static library of ours.
function(samenbeter_library name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;LINK")
  add_library(${name} STATIC ${arg_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(${name} PUBLIC ${arg_LINK})
  samenbeter_warnings(${name})
endfunction()

# samenbeter_unit_test(NAME SOURCES... LINK libs...): a GoogleTest executable run by ctest.
function(samenbeter_unit_test name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;LINK")
  add_executable(${name} ${arg_SOURCES})
  target_link_libraries(${name} PRIVATE ${arg_LINK} GTest::gtest_main)
  samenbeter_warnings(${name})
  gtest_discover_tests(${name})
endfunction()
