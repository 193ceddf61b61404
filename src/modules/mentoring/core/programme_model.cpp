#include "modules/mentoring/core/programme_model.h"

namespace sb {

bool is_mentoring_region(std::string_view text) {
  for (auto region : kMentoringRegions) {
    if (region == text) return true;
  }
  return false;
}

std::string_view to_string(MentoringEventKind kind) {
  return kind == MentoringEventKind::webinar ? "webinar" : "pairing_meeting";
}

std::optional<MentoringEventKind> parse_event_kind(std::string_view text) {
  for (auto k : {MentoringEventKind::webinar, MentoringEventKind::pairing_meeting}) {
    if (to_string(k) == text) return k;
  }
  return std::nullopt;
}

std::string_view to_string(MentoringDecisionKind kind) { return kind == MentoringDecisionKind::lock ? "lock" : "forbid"; }

std::string_view to_string(MentoringSide side) { return side == MentoringSide::mentor ? "mentor" : "mentee"; }

std::string_view to_string(MeetingPlace place) {
  switch (place) {
    case MeetingPlace::none: return "";
    case MeetingPlace::company: return "company";
    case MeetingPlace::school: return "school";
    case MeetingPlace::online: return "online";
  }
  return "";
}

std::string_view to_string(MeetingHeld held) {
  switch (held) {
    case MeetingHeld::unknown: return "";
    case MeetingHeld::yes: return "yes";
    case MeetingHeld::no: return "no";
  }
  return "";
}

std::optional<MeetingPlace> parse_meeting_place(std::string_view text) {
  for (auto p : {MeetingPlace::none, MeetingPlace::company, MeetingPlace::school, MeetingPlace::online}) {
    if (to_string(p) == text) return p;
  }
  return std::nullopt;
}

std::optional<MeetingHeld> parse_meeting_held(std::string_view text) {
  for (auto h : {MeetingHeld::unknown, MeetingHeld::yes, MeetingHeld::no}) {
    if (to_string(h) == text) return h;
  }
  return std::nullopt;
}

std::string_view track_name(mentoring::Track track) {
  return track == mentoring::Track::leidinggevende ? "leidinggevende" : "expert";
}

std::string_view mode_name(mentoring::MeetingMode mode) {
  switch (mode) {
    case mentoring::MeetingMode::in_person: return "in_person";
    case mentoring::MeetingMode::online: return "online";
    case mentoring::MeetingMode::either: return "either";
  }
  return "either";
}

std::optional<mentoring::Track> parse_track(std::string_view text) {
  if (text == "leidinggevende") return mentoring::Track::leidinggevende;
  if (text == "expert") return mentoring::Track::expert;
  return std::nullopt;
}

std::optional<mentoring::MeetingMode> parse_mode(std::string_view text) {
  for (auto m : {mentoring::MeetingMode::in_person, mentoring::MeetingMode::online, mentoring::MeetingMode::either}) {
    if (mode_name(m) == text) return m;
  }
  return std::nullopt;
}

}  // namespace sb
