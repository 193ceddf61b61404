# Turns a module's migrations/*.sql for one database into a C++ source with one
# string per file, in file name order, so the binary carries its schema and
# needs no files at run time. A module without migrations for a database gets
# an empty list. -DMIGRATIONS_DIR=dir -DOUTPUT=file.cpp -DFUNCTION=board_sqlite_migrations
file(GLOB files "${MIGRATIONS_DIR}/*.sql")
list(SORT files)
set(body "// Generated from ${MIGRATIONS_DIR}; do not edit.\n#include \"storage/sql/module.h\"\nnamespace sb::sql {\nconst std::vector<Migration>& ${FUNCTION}() {\n  static const std::vector<Migration> all{\n")
foreach(file IN LISTS files)
  get_filename_component(name "${file}" NAME)
  string(REGEX MATCH "^[0-9]+" version "${name}")
  # Without its leading zeros: C++ reads 0008 as a (broken) octal number, and 0010 as eight.
  string(REGEX REPLACE "^0+([0-9])" "\\1" version "${version}")
  file(READ "${file}" sql)
  string(APPEND body "    {${version}, \"${name}\", R\"samenbeter_sql(${sql})samenbeter_sql\"},\n")
endforeach()
string(APPEND body "  };\n  return all;\n}\n}  // namespace sb::sql\n")
file(WRITE "${OUTPUT}.tmp" "${body}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
