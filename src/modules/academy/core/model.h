// The academy's things: modules (a theme of the method, e.g. the weekly board
// session) holding short items — an instruction video hosted elsewhere with a
// practical step plan in Markdown — and each person's mark per item.
// Thread-safety: plain values.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "kernel/model.h"

namespace sb {

struct AcademyModule {
  Id id = 0;
  int position = 0;  // order in the catalogue, from 1
  std::string title;
  std::string summary;
};

struct AcademyItem {
  Id id = 0;
  Id module_id = 0;
  int position = 0;  // order within its module, from 1
  std::string title;
  int minutes = 0;        // the video's length, rounded up
  std::string video_url;  // http(s) link to the hosted video
  std::string steps;      // the step plan, Markdown (the web app renders it without raw HTML)
  UnixTime updated_at = 0;
};

// What a person marked for an item: watched the video, or done the steps too.
enum class AcademyMarkState { seen, done };
std::string_view to_string(AcademyMarkState state);
std::optional<AcademyMarkState> parse_academy_mark(std::string_view text);

struct AcademyMark {
  Id item_id = 0;
  AcademyMarkState state = AcademyMarkState::seen;
  UnixTime marked_at = 0;
};

// A team of a school with how many teachers it has (each counts for every item).
struct AcademyTeam {
  Id team_id = 0;
  std::string name;
  int members = 0;
};

// How many items of one module the teachers of one team marked done, summed over the teachers.
struct AcademyTeamDone {
  Id team_id = 0;
  Id module_id = 0;
  int done = 0;
};

}  // namespace sb
