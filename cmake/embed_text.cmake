# Embeds one text file as a function returning std::string_view.
# -DINPUT=file -DOUTPUT=file.cpp -DFUNCTION=sb::api::openapi_document
file(READ "${INPUT}" text)
string(REGEX REPLACE "::[^:]+$" "" namespace "${FUNCTION}")
string(REGEX REPLACE "^.*::" "" name "${FUNCTION}")
file(WRITE "${OUTPUT}.tmp" "// Generated from ${INPUT}; do not edit.\n#include <string_view>\nnamespace ${namespace} {\nstd::string_view ${name}() {\n  static constexpr std::string_view text = R\"samenbeter_embed(${text})samenbeter_embed\";\n  return text;\n}\n}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
