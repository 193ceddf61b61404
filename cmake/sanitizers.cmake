# AddressSanitizer + UndefinedBehaviorSanitizer for the test build: applied globally so that
# every translation unit (and the libraries' inline code) is instrumented alike.
if(SAMENBETER_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
