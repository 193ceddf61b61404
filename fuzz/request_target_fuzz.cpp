// URL paths, query strings and the headers the gate reads, as any client can
// send them: the target is read as the listener reads it, the client address
// and the session cookie are taken from their headers, and the request goes
// through the real router and access gate, over every route the modules
// document (their openapi.json, which composition_test proves equal to the
// router's table). Each route's handler checks what the router hands it.
//
// Input: lines "method", "target", "cookie", "origin", "x-csrf-token",
// "content-type", "x-forwarded-for", then the body (see fuzz/corpus/).
#include <boost/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>

#include "check.h"
#include "kernel/dates.h"
#include "kernel/testing/fakes.h"
#include "server/api/json_io.h"
#include "server/api/router.h"
#include "server/http/request_target.h"

namespace {

namespace json = boost::json;
using namespace sb;

// Reads run against no tables: the fuzz routes' scope resolver needs none.
class TablelessStore final : public Store {
  struct NoParts final : ReadTx {
    void* find_part(const std::type_info&) override { return nullptr; }
  };

 public:
  Result<void> read(const std::function<Result<void>(ReadTx&)>& work) override {
    NoParts tx;
    return work(tx);
  }
  Result<void> write(const std::function<Result<void>(WriteTx&)>&) override {
    return std::unexpected(Error::internal("no writes while fuzzing"));
  }
  void write_in_background(std::function<Result<void>(WriteTx&)>) override {}
};

// The cookie sb_session=fuzz is a signed-in platform admin whose CSRF token is "csrf"; anything else is nobody.
class OneSession final : public Identity {
 public:
  Result<Principal> authenticate(std::string_view token, Session* session) override {
    if (token != "fuzz") return std::unexpected(Error::unauthenticated());
    if (session) session->csrf_token = "csrf";
    Principal admin;
    admin.user.id = 1;
    admin.user.is_admin = true;
    return admin;
  }
  void record_refusal(const Principal&, std::string, Action) override {}
};

struct World {
  TablelessStore store;
  ManualClock clock{1'700'000'000};
  testing::MarkingHasher hasher;
  testing::NumberedSecrets secrets;
  testing::KeepingMailer mailer;
  PrincipalCache principals;
  NoEventSink events;
  Services services{store, clock, hasher, secrets, mailer, principals, events};
  OneSession identity;
  api::Router router{services, identity, {}};
};

std::size_t parameters_in(std::string_view pattern) {
  std::size_t count = 0;
  for (char c : pattern) count += c == '{';
  return count;
}

// Path segments and query values that name a date, a week or a school year are read by kernel/dates.h:
// what it accepts writes back as the same text, and a week is a Monday.
void check_dates(std::string_view text) {
  if (auto date = check_date("date", text)) {
    FUZZ_CHECK(*date == text && parse_date(*date).has_value());
    if (check_week("week", text)) FUZZ_CHECK(monday_of(*date) == *date);
  } else {
    FUZZ_CHECK(date.error().code == ErrorCode::invalid_argument && !check_week("week", text));
  }
  if (auto year = check_school_year("year", text)) FUZZ_CHECK(*year == text);
}

// A handler that checks what the router gives it and reads the body as every JSON route does.
api::RouteHandler checking_handler(std::string pattern) {
  return [pattern](api::Context& c) -> Result<http::Response> {
    FUZZ_CHECK(c.params.size() == parameters_in(pattern));
    json::array params;
    for (const auto& param : c.params) {
      FUZZ_CHECK(param.find('/') == std::string::npos);
      if (auto id = api::parse_id(param)) FUZZ_CHECK(*id > 0 && param.find_first_not_of("0123456789") == std::string::npos);
      check_dates(param);
      params.emplace_back(param);
    }
    for (const auto& [name, value] : c.request.query) check_dates(value);
    if (c.request.is_state_changing()) SB_CHECK(api::BodyReader::parse(c.request.body));
    return api::json_response(200, api::serialize(json::object{{"params", std::move(params)}}));
  };
}

api::AccessRule rule_of(std::string_view access, bool has_id) {
  if (access == "public") return {api::Access::public_route};
  if (access == "signed_in") return {api::Access::signed_in};
  return {api::Access::scoped, Action::administer_platform, has_id ? "fuzz_thing" : std::string_view{}};
}

void add_documented_routes(api::Router& router, const std::filesystem::path& openapi) {
  std::ifstream file(openapi);
  std::stringstream text;
  text << file.rdbuf();
  const auto document = json::parse(text.str());
  for (const auto& [path, operations] : document.at("paths").as_object()) {
    for (const auto& [method, operation] : operations.as_object()) {
      std::string upper(method);
      for (auto& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      const auto* access = operation.as_object().if_contains("x-access");
      const std::string pattern(path);
      router.add(upper, pattern, rule_of(access ? std::string_view(access->as_string()) : "public", parameters_in(pattern) > 0),
                 checking_handler(pattern));
    }
  }
}

World& world() {
  static World* made = [] {
    auto* w = new World;
    const std::filesystem::path source(SAMENBETER_SOURCE_DIR);
    add_documented_routes(w->router, source / "src/server/api/openapi_base.json");
    for (const auto& module : std::filesystem::directory_iterator(source / "src/modules")) {
      if (std::filesystem::exists(module.path() / "api/openapi.json")) add_documented_routes(w->router, module.path() / "api/openapi.json");
    }
    w->router.add_scope("fuzz_thing", [](ReadTx&, Id id) -> Result<Scope> {
      if (id > 1000) return std::unexpected(Error::not_found("No such thing."));
      return Scope{1, 1, 1};
    });
    FUZZ_CHECK(w->router.routes().size() > 100);
    return w;
  }();
  return *made;
}

// The next line of the input (without its '\n'); the rest stays in `input`.
std::string next_line(std::string_view& input) {
  const auto end = input.find('\n');
  std::string line(input.substr(0, end));
  input.remove_prefix(end == std::string_view::npos ? input.size() : end + 1);
  return line;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  http::Request request;
  request.method = next_line(input);
  request.target = next_line(input);
  request.headers["cookie"] = next_line(input);
  request.headers["origin"] = next_line(input);
  request.headers["host"] = "samenbeter.test";
  request.headers["x-csrf-token"] = next_line(input);
  request.headers["content-type"] = next_line(input);
  const std::string forwarded_for = next_line(input);
  request.body = std::string(input);

  http::read_target(request);
  FUZZ_CHECK(!request.path.empty());
  FUZZ_CHECK(request.repeated_query.empty() || request.query.contains(request.repeated_query));

  const std::vector<std::string> proxies{"10.0.0.1", "10.0.0.2"};
  request.client_address = http::client_address("10.0.0.1", forwarded_for, proxies);
  FUZZ_CHECK(request.client_address == "10.0.0.1" || forwarded_for.find(request.client_address) != std::string::npos);
  FUZZ_CHECK(http::redacted_path(request.path).size() <= request.path.size());
  const auto session = request.cookie("sb_session");
  FUZZ_CHECK(session.empty() || request.header("cookie").find(session) != std::string_view::npos);

  const auto response = world().router.dispatch(request);
  FUZZ_CHECK(response.status >= 200 && response.status <= 599);
  FUZZ_CHECK(response.status != 500);
  if (!response.body.empty()) {
    boost::system::error_code ec;
    const auto body = json::parse(response.body, ec);
    FUZZ_CHECK(!ec && body.is_object());
  }
  return 0;
}
