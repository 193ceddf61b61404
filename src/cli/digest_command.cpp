// `samenbeter digest`: sends this week's digest of overdue actions now, unless
// it went out already — what the server does by itself every Monday at 08:00
// (Europe/Amsterdam). For operators (a server that was down, a check) and for
// tests, which name the moment with --at instead of waiting for a Monday.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>

#include "cli/commands.h"
#include "cli/runtime.h"
#include "modules/notifications/core/digest.h"

namespace sb::cli {
namespace {

// "2026-11-16T08:00:00Z", "2026-11-16T09:00+01:00", ... (seconds optional; Z or an offset required).
std::optional<UnixTime> parse_moment(const std::string& text) {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, used = 0;
  if (std::sscanf(text.c_str(), "%4d-%2d-%2d%*1[T ]%2d:%2d%n", &year, &month, &day, &hour, &minute, &used) != 5) {
    return std::nullopt;
  }
  std::string rest = text.substr(static_cast<std::size_t>(used));
  if (rest.size() >= 3 && rest[0] == ':') {
    int read = 0;
    if (std::sscanf(rest.c_str(), ":%2d%n", &second, &read) != 1) return std::nullopt;
    rest = rest.substr(static_cast<std::size_t>(read));
  }
  int offset = 0;
  if (rest == "Z") {
    offset = 0;
  } else if (rest.size() == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':') {
    int oh = 0, om = 0;
    if (std::sscanf(rest.c_str() + 1, "%2d:%2d", &oh, &om) != 2) return std::nullopt;
    offset = (rest[0] == '+' ? 1 : -1) * (oh * 3600 + om * 60);
  } else {
    return std::nullopt;
  }
  const std::chrono::year_month_day date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                                         std::chrono::day{static_cast<unsigned>(day)}};
  if (!date.ok() || hour > 23 || minute > 59 || second > 59) return std::nullopt;
  const auto days = std::chrono::sys_days{date}.time_since_epoch().count();
  return static_cast<UnixTime>(days) * 86400 + hour * 3600 + minute * 60 + second - offset;
}

}  // namespace

void register_digest_command(CLI::App& app, Config& config) {
  auto* command = app.add_subcommand(
      "digest",
      "Send this week's digest of overdue actions now, unless it went out already (the server sends it every "
      "Monday at 08:00, Europe/Amsterdam)");
  add_data_dir_option(*command, config);
  add_mail_options(*command, config);
  static std::string at;
  command->add_option("--at", at,
                      "Act as if it were this moment, e.g. 2026-11-16T08:00:00+01:00 (ISO 8601 with Z or an offset); "
                      "default: now");
  command->callback([&config] {
    std::optional<UnixTime> now;
    if (!at.empty()) {
      now = parse_moment(at);
      if (!now) throw CLI::ValidationError("--at", "not a moment like 2026-11-16T08:00:00+01:00: " + at);
    }
    auto runtime = Runtime::open(config, nullptr, now);
    if (!runtime) throw CLI::RuntimeError("Cannot open the database: " + runtime.error().message, 1);
    auto outcome = send_weekly_digest((*runtime)->services());
    if (!outcome) throw CLI::RuntimeError(outcome.error().message, 1);
    if (outcome->done_before) {
      std::cout << "Weekly digest of the week of " << outcome->week << ": sent before, nothing sent now" << std::endl;
    } else {
      std::cout << "Weekly digest of the week of " << outcome->week << ": " << outcome->mails << " mail(s) sent" << std::endl;
    }
    // Leaving the scope closes the runtime, whose mailer first delivers what it queued.
  });
}

}  // namespace sb::cli
