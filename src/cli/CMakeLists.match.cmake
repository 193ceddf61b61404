# The `samenbeter match` subcommand (mentoring pairing engine, issue 4).
# Include this from the CMake file that defines the samenbeter executable and
# link the target below into it; src/cli/main.cpp calls
# sb::cli::register_match_command(app). Needs the samenbeter_mentoring target
# (add_subdirectory(src/core/mentoring)) and CLI11's header (libcli11-dev).

add_library(samenbeter_match_command STATIC
  ${CMAKE_CURRENT_LIST_DIR}/match_command.cpp
  ${CMAKE_CURRENT_LIST_DIR}/weights_json.cpp
)
target_include_directories(samenbeter_match_command PUBLIC ${CMAKE_CURRENT_LIST_DIR}/..)
target_link_libraries(samenbeter_match_command PUBLIC samenbeter_mentoring)
