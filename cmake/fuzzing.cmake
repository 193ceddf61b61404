# The fuzz preset (docs/RELIABILITY.md, "Fuzzing"): every translation unit is
# built with libFuzzer's coverage hooks plus AddressSanitizer and UBSan, so the
# fuzz targets in fuzz/ find crashes, leaks and undefined behaviour in the real
# parsers. Only clang has libFuzzer; the normal gcc builds never include this.
if(NOT SAMENBETER_FUZZ)
  return()
endif()
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang" OR CMAKE_CXX_COMPILER_VERSION VERSION_LESS 16)
  message(FATAL_ERROR "SAMENBETER_FUZZ needs clang 16 or later (Debian: apt-get install clang-16 libclang-rt-16-dev)")
endif()
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                    -fno-omit-frame-pointer)
add_link_options(-fsanitize=address,undefined)
# libstdc++ 12 offers std::expected only when __cpp_concepts >= 202002L.
# Clang 16 implements what <expected> needs (P0848, conditionally trivial
# special members) but still announces 201907L, so the fuzz build announces
# the newer value; the gcc builds never see this.
add_compile_options(-U__cpp_concepts -D__cpp_concepts=202002L)
