#include "modules/lessons/core/rules.h"

#include <cctype>

#include "kernel/validation.h"
#include "kernel/dates.h"

namespace sb {
namespace {

Error limit(std::string field, std::string message, std::size_t max) {
  return Error::invalid(std::move(field), std::move(message)).because("too_many", 0, static_cast<double>(max));
}

Result<std::string> clean_url(const std::string& field, std::string_view text) {
  SB_TRY(url, clean_name(field, text, kMaxUrlLength));
  if (!url.starts_with("https://") && !url.starts_with("http://")) {
    return std::unexpected(Error::invalid(field, "A link starts with https:// or http://.").because("not_a_link"));
  }
  for (char c : url) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      return std::unexpected(Error::invalid(field, "A link has no spaces.").because("not_a_link"));
    }
  }
  return url;
}

template <typename T>
bool changes(const std::optional<T>& patch, const T& base, const T& current, bool& conflict) {
  if (!patch) return false;
  if (*patch == current) return false;        // already so: nothing to do
  if (base != current) conflict = true;       // a co-author changed this part differently meanwhile
  return true;
}

}  // namespace

Result<DesignContent> check_content(const DesignContent& in) {
  DesignContent out;
  SB_TRY(title, clean_name("title", in.title));
  out.title = title;
  SB_TRY(lesson_goal, clean_text("lesson_goal", in.lesson_goal, kMaxLessonGoalLength, Required::no));
  out.lesson_goal = lesson_goal;
  if (in.criteria.size() > kMaxCriteria) return std::unexpected(limit("criteria", "At most 6 success criteria.", kMaxCriteria));
  for (std::size_t i = 0; i < in.criteria.size(); ++i) {
    SB_TRY(criterion, clean_text("criteria." + std::to_string(i), in.criteria[i], kMaxCriterionLength, Required::yes));
    out.criteria.push_back(criterion);
  }
  if (in.phases.size() > kMaxPhases) return std::unexpected(limit("phases", "At most 12 phases.", kMaxPhases));
  for (std::size_t i = 0; i < in.phases.size(); ++i) {
    const auto at = "phases." + std::to_string(i) + ".";
    LessonPhase phase;
    SB_TRY(phase_title, clean_name(at + "title", in.phases[i].title));
    phase.title = phase_title;
    if (in.phases[i].minutes < 1 || in.phases[i].minutes > kMaxPhaseMinutes) {
      return std::unexpected(Error::invalid(at + "minutes", "A phase lasts 1 to 240 minutes.").because("out_of_range", 1, kMaxPhaseMinutes));
    }
    phase.minutes = in.phases[i].minutes;
    SB_TRY(description, clean_text(at + "description", in.phases[i].description, kMaxPhaseText, Required::no));
    phase.description = description;
    out.phases.push_back(std::move(phase));
  }
  SB_TRY(group_name, clean_text("group_name", in.group_name, 100, Required::no));
  out.group_name = group_name;
  SB_TRY(subject, clean_text("subject", in.subject, 100, Required::no));
  out.subject = subject;
  if (in.planned_on) {
    SB_TRY(date, check_date("planned_on", *in.planned_on));
    out.planned_on = date;
  }
  if (in.links.size() > kMaxLinks) return std::unexpected(limit("links", "At most 20 links.", kMaxLinks));
  for (std::size_t i = 0; i < in.links.size(); ++i) {
    const auto at = "links." + std::to_string(i) + ".";
    MaterialLink link;
    SB_TRY(url, clean_url(at + "url", in.links[i].url));
    link.url = url;
    SB_TRY(link_title, clean_text(at + "title", in.links[i].title, kMaxNameLength, Required::no));
    link.title = link_title.empty() ? url : link_title;
    out.links.push_back(std::move(link));
  }
  out.status = in.status;
  if (out.status != DesignStatus::draft && out.criteria.empty()) {
    return std::unexpected(Error::invalid("criteria", "A design that is ready has at least one success criterion.").because("required"));
  }
  return out;
}

Result<void> check_status_move(DesignStatus from, DesignStatus to) {
  const int a = static_cast<int>(from), b = static_cast<int>(to);
  if (a == b || b == a + 1 || (from == DesignStatus::ready && to == DesignStatus::draft)) return ok();
  return std::unexpected(Error::invalid("status", "A design moves one step at a time: concept, klaar, gegeven, geëvalueerd.")
                             .because("invalid_transition"));
}

Result<DesignContent> merge_patch(const DesignContent& base, const DesignContent& current, const DesignPatch& patch) {
  DesignContent out = current;
  bool conflict = false;
  std::string first_conflict;
  auto take = [&](auto& target, const auto& value_in_patch, const auto& base_value, DesignField field) {
    bool clash = false;
    if (changes(value_in_patch, base_value, target, clash)) {
      if (clash) {
        if (!conflict) first_conflict = std::string(to_string(field));
        conflict = true;
      } else {
        target = *value_in_patch;
      }
    }
  };
  take(out.title, patch.title, base.title, DesignField::title);
  take(out.lesson_goal, patch.lesson_goal, base.lesson_goal, DesignField::lesson_goal);
  take(out.criteria, patch.criteria, base.criteria, DesignField::criteria);
  take(out.phases, patch.phases, base.phases, DesignField::phases);
  take(out.group_name, patch.group_name, base.group_name, DesignField::group_name);
  take(out.subject, patch.subject, base.subject, DesignField::subject);
  take(out.planned_on, patch.planned_on, base.planned_on, DesignField::planned_on);
  take(out.links, patch.links, base.links, DesignField::links);
  take(out.status, patch.status, base.status, DesignField::status);
  if (conflict) {
    return std::unexpected(Error{ErrorCode::conflict, "A co-author changed this part of the design first.", first_conflict});
  }
  return out;
}

std::vector<DesignField> changed_fields(const DesignContent& a, const DesignContent& b) {
  std::vector<DesignField> out;
  for (auto field : kDesignFields) {
    bool same = true;
    switch (field) {
      case DesignField::title: same = a.title == b.title; break;
      case DesignField::lesson_goal: same = a.lesson_goal == b.lesson_goal; break;
      case DesignField::criteria: same = a.criteria == b.criteria; break;
      case DesignField::phases: same = a.phases == b.phases; break;
      case DesignField::group_name: same = a.group_name == b.group_name; break;
      case DesignField::subject: same = a.subject == b.subject; break;
      case DesignField::planned_on: same = a.planned_on == b.planned_on; break;
      case DesignField::links: same = a.links == b.links; break;
      case DesignField::status: same = a.status == b.status; break;
    }
    if (!same) out.push_back(field);
  }
  return out;
}

Result<void> check_visit_plan(UnixTime starts_at, int minutes, Id teacher_id, Id visitor_id, UnixTime now) {
  if (starts_at <= now) {
    return std::unexpected(Error::invalid("starts_at", "A visit is planned in the future.").because("in_the_past"));
  }
  if (minutes < kMinVisitMinutes || minutes > kMaxVisitMinutes) {
    return std::unexpected(Error::invalid("minutes", "A visit lasts 10 to 240 minutes.")
                               .because("out_of_range", kMinVisitMinutes, kMaxVisitMinutes));
  }
  if (teacher_id == visitor_id) {
    return std::unexpected(Error::invalid("visitor_id", "The visitor is a colleague, not the teacher who gives the lesson.")
                               .because("same_person"));
  }
  return ok();
}

Result<UnixTime> parse_utc_time(std::string_view field, std::string_view text) {
  auto bad = [&] {
    return std::unexpected(Error::invalid(std::string(field), "A time reads like 2026-11-20T09:00:00Z (UTC).").because("not_a_time"));
  };
  if ((text.size() != 17 && text.size() != 20) || text.back() != 'Z' || text[10] != 'T' || text[13] != ':') return bad();
  const auto days = parse_date(text.substr(0, 10));
  if (!days) return bad();
  auto two = [&](std::size_t at) -> int {
    const char a = text[at], b = text[at + 1];
    if (a < '0' || a > '9' || b < '0' || b > '9') return -1;
    return (a - '0') * 10 + (b - '0');
  };
  const int hours = two(11), minutes = two(14);
  const int seconds = text.size() == 20 ? (text[16] == ':' ? two(17) : -1) : 0;
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59) return bad();
  return UnixTime{*days} * 86400 + hours * 3600 + minutes * 60 + seconds;
}

std::vector<CriterionNote> observation_form(const DesignContent& design, const std::vector<CriterionNote>& saved) {
  std::vector<CriterionNote> out;
  for (std::size_t i = 0; i < design.criteria.size(); ++i) {
    CriterionNote line;
    line.criterion = design.criteria[i];
    // What was observed stays with the criterion it was observed for, even if the design was edited since.
    if (i < saved.size()) {
      line = saved[i];
      if (line.criterion.empty()) line.criterion = design.criteria[i];
    }
    out.push_back(std::move(line));
  }
  return out;
}

Result<Observation> check_observation(const DesignContent& design, Observation in) {
  if (design.criteria.empty()) {
    return std::unexpected(Error{ErrorCode::failed_precondition,
                                 "This design has no success criteria yet: add them before the visit is observed.", "criteria"});
  }
  if (in.client_key.size() < 8 || in.client_key.size() > 64) {
    return std::unexpected(Error::invalid("client_key", "A client key has 8 to 64 characters.").because("out_of_range", 8, 64));
  }
  for (char c : in.client_key) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') {
      return std::unexpected(Error::invalid("client_key", "A client key has letters, digits, '-' and '_'.").because("invalid_characters"));
    }
  }
  if (in.client_seq < 1) {
    return std::unexpected(Error::invalid("client_seq", "Saves are counted from 1.").because("out_of_range", 1, std::nullopt));
  }
  if (in.criteria.size() != design.criteria.size()) {
    return std::unexpected(Error::invalid("criteria", "One note per success criterion of the design.")
                               .because("wrong_count", static_cast<double>(design.criteria.size()),
                                        static_cast<double>(design.criteria.size())));
  }
  Observation out;
  out.visit_id = in.visit_id;
  out.client_key = std::move(in.client_key);
  out.client_seq = in.client_seq;
  for (std::size_t i = 0; i < in.criteria.size(); ++i) {
    const auto at = "criteria." + std::to_string(i) + ".";
    CriterionNote note;
    note.criterion = design.criteria[i];
    // The text as typed: no trimming, so a save while typing keeps the space before the next word.
    SB_CHECK(drop_value(clean_text(at + "notes", in.criteria[i].notes, kMaxNoteLength, Required::no)));
    note.notes = std::move(in.criteria[i].notes);
    if (in.criteria[i].rating && (*in.criteria[i].rating < 1 || *in.criteria[i].rating > 4)) {
      return std::unexpected(Error::invalid(at + "rating", "A rating is 1 to 4.").because("out_of_range", 1, 4));
    }
    note.rating = in.criteria[i].rating;
    out.criteria.push_back(std::move(note));
  }
  SB_CHECK(drop_value(clean_text("notes", in.notes, kMaxNoteLength, Required::no)));
  out.notes = std::move(in.notes);
  return out;
}

}  // namespace sb
