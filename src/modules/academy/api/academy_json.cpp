#include "modules/academy/api/academy_json.h"

namespace sb::api {

Result<AcademyModuleInput> read_academy_module(BodyReader& body) {
  SB_TRY(title, body.string("title"));
  SB_TRY(summary, body.optional_string("summary"));
  SB_CHECK(body.finish());
  return AcademyModuleInput{title, summary.value_or("")};
}

Result<AcademyItemInput> read_academy_item(BodyReader& body) {
  SB_TRY(title, body.string("title"));
  SB_TRY(minutes, body.integer("minutes"));
  SB_TRY(video_url, body.string("video_url"));
  SB_TRY(steps, body.string("steps"));
  SB_CHECK(body.finish());
  return AcademyItemInput{title, minutes, video_url, steps};
}

Result<std::optional<AcademyMarkState>> read_academy_mark(BodyReader& body) {
  SB_TRY(mark, body.nullable_string("mark"));
  SB_CHECK(body.finish());
  if (!mark) return std::unexpected(Error::required("mark"));
  if (!*mark) return std::optional<AcademyMarkState>{};
  const auto state = parse_academy_mark(**mark);
  if (!state) return std::unexpected(Error::invalid("mark", "A mark is seen, done or null.").because("not_allowed"));
  return state;
}

}  // namespace sb::api
