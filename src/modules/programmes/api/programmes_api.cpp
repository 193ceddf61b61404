#include "modules/programmes/api/programmes_api.h"

#include <algorithm>
#include <boost/json.hpp>
#include <charconv>
#include <cstdint>

#include "modules/programmes/api/assignment_routes.h"
#include "modules/programmes/api/catalogue_cache.h"
#include "modules/programmes/api/exports.h"
#include "modules/programmes/api/invitation_routes.h"
#include "modules/programmes/api/programme_json.h"
#include "modules/programmes/core/assignments_store.h"
#include "modules/programmes/core/store.h"

namespace sb::api {

std::string_view programmes_openapi();  // generated from openapi.json

namespace {

namespace json = boost::json;

http::Response json_of(int status, const json::value& value) { return json_response(status, api::serialize(value)); }

std::string query(const Context& c, const char* name) {
  auto it = c.request.query.find(name);
  return it == c.request.query.end() ? std::string() : it->second;
}

Result<std::optional<std::int64_t>> query_number(const Context& c, const char* name) {
  auto text = query(c, name);
  if (text.empty()) return std::optional<std::int64_t>();
  std::int64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 0) {
    return std::unexpected(Error::invalid(name, "This must be a whole number."));
  }
  return std::optional<std::int64_t>(value);
}

// The second {id} of a path such as /staff/programme-rounds/{id}/... is never needed: one id per route.
Id param_id(const Context& c) { return parse_id(c.params.front()).value_or(0); }

Result<Scope> platform_if(bool exists) {
  if (!exists) return std::unexpected(Error::not_found("Not found."));
  return Scope::platform();
}

// The first moment after `now` at which a round of the catalogue changes its state, or the far future.
UnixTime next_change(const std::vector<ProgrammeEntry>& entries, UnixTime now) {
  UnixTime next = INT64_MAX;
  auto consider = [&](UnixTime t) {
    if (t > now) next = std::min(next, t);
  };
  for (const auto& e : entries) {
    for (const auto& r : e.rounds) {
      consider(r.enrolment_closes_at);
      for (const auto& session : r.sessions) {
        consider(session.starts_at);
        consider(session.ends_at);
      }
    }
  }
  return next;
}

void add_public_routes(Router& router, const std::shared_ptr<CatalogueCache>& cache) {
  router.add("GET", "/api/v1/programmes", {Access::public_route}, [cache](Context& c) -> Result<http::Response> {
    const auto now = c.services.clock.now();
    const bool unfiltered = c.request.query.empty();
    if (unfiltered) {
      if (auto cached = cache->find(now)) {
        auto response = json_response(200, "");
        response.share_body(std::move(cached));
        return response;
      }
    }
    const auto generation = cache->generation();
    CatalogueFilter filter;
    if (auto sector = query(c, "sector"); !sector.empty()) {
      filter.sector = parse_sector(sector);
      if (!filter.sector) return std::unexpected(Error::invalid("sector", "Choose PO, VO, MBO or HBO."));
    }
    filter.role = query(c, "role");
    filter.place = query(c, "place");
    filter.month = query(c, "month");
    SB_TRY(max_price, query_number(c, "max_price_cents"));
    filter.max_price_cents = max_price;
    SB_TRY(min_points, query_number(c, "min_points"));
    if (min_points) filter.min_points = static_cast<int>(std::min<std::int64_t>(*min_points, 100000));
    SB_TRY(entries, catalogue(c.services, filter));
    json::array out;
    for (const auto& e : entries) out.push_back(entry_json(e, now));
    if (!unfiltered) return json_of(200, out);
    auto response = json_response(200, "");
    response.share_body(cache->put(generation, api::serialize(out), next_change(entries, now)));
    return response;
  });

  router.add("GET", "/api/v1/programmes/{id}", {Access::public_route}, [](Context& c) -> Result<http::Response> {
    auto id = parse_id(c.params.front());
    if (!id) return std::unexpected(Error::not_found("No such programme."));
    SB_TRY(entry, programme_page(c.services, *id));
    return json_of(200, entry_json(entry, c.services.clock.now()));
  });

  router.add("GET", "/api/v1/programme-comparison", {Access::public_route}, [](Context& c) -> Result<http::Response> {
    std::vector<Id> ids;
    const auto text = query(c, "ids");
    std::size_t start = 0;
    while (start <= text.size() && !text.empty()) {
      const auto end = std::min(text.find(',', start), text.size());
      auto id = parse_id(std::string_view(text).substr(start, end - start));
      if (!id) return std::unexpected(Error::invalid("ids", "List programme ids separated by commas."));
      ids.push_back(*id);
      if (ids.size() > 4) break;
      start = end + 1;
    }
    SB_TRY(entries, compare_programmes(c.services, ids));
    json::array out;
    const auto now = c.services.clock.now();
    for (const auto& e : entries) out.push_back(entry_json(e, now));
    return json_of(200, out);
  });
}

void add_participant_routes(Router& router) {
  router.add("POST", "/api/v1/programme-rounds/{id}/enrolments", {Access::signed_in},
             [](Context& c) -> Result<http::Response> {
               auto round = parse_id(c.params.front());
               if (!round) return std::unexpected(Error::not_found("No such round."));
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(request, read_enrol_request(body, *round));
               SB_TRY(enrolment, enrol(c.services, c.who(), request));
               return json_of(201, enrolment_json(enrolment));
             });

  router.add("DELETE", "/api/v1/programme-enrolments/{id}", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    SB_TRY(enrolment, cancel_enrolment(c.services, c.who(), param_id(c)));
    return json_of(200, enrolment_json(enrolment));
  });

  router.add("GET", "/api/v1/me/programmes", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    SB_TRY(views, my_programmes(c.services, c.who()));
    json::array out;
    const auto now = c.services.clock.now();
    for (const auto& v : views) out.push_back(enrolment_view_json(v, now));
    return json_of(200, out);
  });

  router.add("GET", "/api/v1/programme-enrolments/{id}/certificate", {Access::signed_in},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(cert, certificate(c.services, c.who(), param_id(c)));
               return json_of(200, certificate_json(cert));
             });
}

void add_staff_routes(Router& router, const std::shared_ptr<CatalogueCache>& cache) {
  const AccessRule staff{Access::scoped, Action::manage_programmes};
  const AccessRule on_programme{Access::scoped, Action::manage_programmes, "programme"};
  const AccessRule on_round{Access::scoped, Action::manage_programmes, "programme_round"};
  const AccessRule on_session{Access::scoped, Action::manage_programmes, "programme_session"};
  const AccessRule on_enrolment{Access::scoped, Action::manage_programmes, "programme_enrolment"};

  router.add("GET", "/api/v1/staff/programmes", staff, [](Context& c) -> Result<http::Response> {
    SB_TRY(entries, staff_programmes(c.services, c.who()));
    json::array out;
    const auto now = c.services.clock.now();
    for (const auto& e : entries) out.push_back(entry_json(e, now));
    return json_of(200, out);
  });

  router.add("POST", "/api/v1/staff/programmes", staff, [cache](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(programme, read_programme(body));
    SB_TRY(created, create_programme(c.services, c.who(), programme));
    cache->invalidate();
    return json_of(201, programme_json(created));
  });

  router.add("GET", "/api/v1/staff/programmes/{id}", on_programme, [](Context& c) -> Result<http::Response> {
    SB_TRY(entry, staff_programme(c.services, c.who(), path_id(c)));
    return json_of(200, entry_json(entry, c.services.clock.now()));
  });

  router.add("PUT", "/api/v1/staff/programmes/{id}", on_programme, [cache](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(programme, read_programme(body));
    programme.id = path_id(c);
    SB_TRY(updated, update_programme(c.services, c.who(), programme));
    cache->invalidate();
    return json_of(200, programme_json(updated));
  });

  router.add("POST", "/api/v1/staff/programmes/{id}/copy", on_programme, [cache](Context& c) -> Result<http::Response> {
    SB_TRY(copy, copy_programme(c.services, c.who(), path_id(c)));
    cache->invalidate();
    return json_of(201, programme_json(copy));
  });

  router.add("POST", "/api/v1/staff/programmes/{id}/rounds", on_programme, [cache](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(round, read_round(body));
    round.programme_id = path_id(c);
    SB_TRY(created, create_round(c.services, c.who(), round));
    cache->invalidate();
    return json_of(201, round_json(created, c.services.clock.now()));
  });

  router.add("PUT", "/api/v1/staff/programme-rounds/{id}", on_round, [cache](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(round, read_round(body));
    round.id = path_id(c);
    SB_TRY(updated, update_round(c.services, c.who(), round));
    cache->invalidate();
    return json_of(200, round_json(updated, c.services.clock.now()));
  });

  router.add("POST", "/api/v1/staff/programme-rounds/{id}/copy", on_round, [cache](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(wanted, read_round_copy(body));
    SB_TRY(copy, copy_round(c.services, c.who(), path_id(c), wanted.name, wanted.first_session_on));
    cache->invalidate();
    return json_of(201, round_json(copy, c.services.clock.now()));
  });

  router.add("GET", "/api/v1/staff/programme-rounds/{id}", on_round, [](Context& c) -> Result<http::Response> {
    SB_TRY(overview, round_overview(c.services, c.who(), path_id(c)));
    const auto now = c.services.clock.now();
    json::array enrolments;
    for (const auto& v : overview.enrolments) {
      auto entry = enrolment_view_json(v, now);
      entry.erase("programme");  // the same for every line: given once, below
      entry.erase("round");
      enrolments.push_back(std::move(entry));
    }
    return json_of(200, json::object{{"programme", programme_json(overview.programme)},
                                     {"round", round_json(overview.round, now)},
                                     {"enrolments", std::move(enrolments)}});
  });

  router.add("POST", "/api/v1/staff/programme-rounds/{id}/project-groups", on_round, [](Context& c) -> Result<http::Response> {
    SB_TRY(groups, propose_project_groups(c.services, c.who(), path_id(c)));
    json::array out;
    for (const auto& g : groups) out.push_back(json::object{{"enrolment_ids", json::value_from(g)}});
    return json_of(200, json::object{{"groups", std::move(out)}});
  });

  router.add("PUT", "/api/v1/staff/programme-rounds/{id}/project-groups", on_round, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(groups, read_project_groups(body));
    SB_CHECK(set_project_groups(c.services, c.who(), path_id(c), groups));
    return no_content();
  });

  router.add("PUT", "/api/v1/staff/programme-sessions/{id}/attendance", on_session, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(marks, read_session_attendance(body, path_id(c)));
    SB_CHECK(record_attendance(c.services, c.who(), path_id(c), marks));
    return no_content();
  });

  router.add("POST", "/api/v1/staff/programme-enrolments/{id}/hours", on_enrolment, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(entry, read_hours_entry(body, path_id(c)));
    SB_TRY(logged, log_hours(c.services, c.who(), entry));
    return json_of(201, json::object{{"id", logged.id}, {"enrolment_id", logged.enrolment_id}, {"part", logged.part},
                                     {"minutes", logged.minutes}, {"note", logged.note}});
  });
}

}  // namespace

ApiModule programmes_api() {
  return {"programmes",
          [](Router& router) {
            router.add_scope("programme", [](ReadTx& tx, Id id) { return platform_if(programmes(tx).find_programme(id).has_value()); });
            router.add_scope("programme_round", [](ReadTx& tx, Id id) { return platform_if(programmes(tx).find_round(id).has_value()); });
            router.add_scope("programme_session",
                             [](ReadTx& tx, Id id) { return platform_if(programmes(tx).round_of_session(id).has_value()); });
            router.add_scope("programme_enrolment",
                             [](ReadTx& tx, Id id) { return platform_if(programmes(tx).find_enrolment(id).has_value()); });
            router.add_scope("programme_assignment",
                             [](ReadTx& tx, Id id) { return platform_if(assignments(tx).find_assignment(id).has_value()); });
            router.add_scope("programme_hand_in",
                             [](ReadTx& tx, Id id) { return platform_if(assignments(tx).find_hand_in(id).has_value()); });
            auto cache = std::make_shared<CatalogueCache>();
            add_public_routes(router, cache);
            add_participant_routes(router);
            add_staff_routes(router, cache);
            add_export_routes(router);
            add_invitation_routes(router);
            add_assignment_routes(router);
          },
          programmes_openapi()};
}

}  // namespace sb::api
