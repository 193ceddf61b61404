#include "modules/programmes/api/exports.h"

#include "modules/programmes/core/assignments.h"
#include "modules/programmes/core/programmes.h"
#include "modules/programmes/core/times.h"
#include "server/api/table_export.h"

namespace sb::api {
namespace {

// Two names for each column: Dutch, English.
std::vector<std::string> columns(Locale locale, std::initializer_list<std::pair<const char*, const char*>> names) {
  std::vector<std::string> out;
  for (const auto& [nl, en] : names) out.emplace_back(locale == Locale::nl ? nl : en);
  return out;
}

Result<TableFormat> format_of(const Context& c) {
  auto it = c.request.query.find("format");
  return it == c.request.query.end() ? Result<TableFormat>(TableFormat::csv) : parse_table_format(it->second);
}

double euros(std::int64_t cents) { return static_cast<double>(cents) / 100.0; }

// An assignment's state as the staff's screen names it.
std::string state_text(AssignmentState state, Locale locale) {
  const bool nl = locale == Locale::nl;
  switch (state) {
    case AssignmentState::todo: return nl ? "te doen" : "to do";
    case AssignmentState::overdue: return nl ? "niet ingeleverd, te laat" : "not handed in, overdue";
    case AssignmentState::submitted: return nl ? "ingeleverd" : "handed in";
    case AssignmentState::submitted_late: return nl ? "te laat ingeleverd" : "handed in late";
    case AssignmentState::accepted: return nl ? "goedgekeurd" : "accepted";
    case AssignmentState::returned: return nl ? "terug voor aanpassing" : "returned for changes";
  }
  return "";
}

}  // namespace

void add_export_routes(Router& router) {
  const AccessRule on_round{Access::scoped, Action::manage_programmes, "programme_round"};
  const AccessRule on_session{Access::scoped, Action::manage_programmes, "programme_session"};

  router.add("GET", "/api/v1/staff/programme-rounds/{id}/register", on_round, [](Context& c) -> Result<http::Response> {
    SB_TRY(format, format_of(c));
    SB_TRY(certificates, register_list(c.services, c.who(), path_id(c)));
    const auto locale = c.who().user.locale;
    Table table{"Register",
                columns(locale, {{"Naam", "Name"}, {"E-mail", "E-mail"}, {"Opleiding", "Programme"},
                                 {"Aanbieder", "Provider"}, {"Punten", "Points"}, {"Datum", "Date"}}),
                {}};
    for (const auto& cert : certificates) {
      table.rows.push_back({cert.participant_name, cert.participant_email, cert.programme_title, cert.provider,
                            std::int64_t{cert.registration_points}, iso_date(cert.completed_at)});
    }
    return table_response(table, format, "register " + (certificates.empty() ? std::string() : certificates[0].round_name), locale);
  });

  router.add("GET", "/api/v1/staff/programme-sessions/{id}/attendance-list", on_session, [](Context& c) -> Result<http::Response> {
    SB_TRY(format, format_of(c));
    SB_TRY(list, attendance_list(c.services, c.who(), path_id(c)));
    const auto locale = c.who().user.locale;
    Table table{locale == Locale::nl ? "Aanwezigheid" : "Attendance",
                columns(locale, {{"Naam", "Name"}, {"E-mail", "E-mail"}, {"Organisatie", "Organisation"},
                                 {"Bijeenkomst", "Session"}, {"Datum", "Date"}, {"Aanwezig", "Present"}}),
                {}};
    for (const auto& line : list.lines) {
      const char* present = !line.present ? "" : *line.present ? (locale == Locale::nl ? "ja" : "yes") : (locale == Locale::nl ? "nee" : "no");
      table.rows.push_back({line.enrolment.user_name, line.enrolment.user_email, line.enrolment.bestuur_name, list.session.title,
                            session_time_text(list.session), std::string(present)});
    }
    return table_response(table, format, (locale == Locale::nl ? "aanwezigheid " : "attendance ") + list.session.title, locale);
  });

  router.add("GET", "/api/v1/staff/programme-rounds/{id}/hand-ins", on_round, [](Context& c) -> Result<http::Response> {
    SB_TRY(format, format_of(c));
    SB_TRY(overview, round_assignments(c.services, c.who(), path_id(c)));
    const auto locale = c.who().user.locale;
    const bool nl = locale == Locale::nl;
    Table table{nl ? "Opdrachten" : "Assignments",
                columns(locale, {{"Deelnemer", "Participant"}, {"E-mail", "E-mail"}, {"Organisatie", "Organisation"},
                                 {"Opdracht", "Assignment"}, {"Inleveren voor", "Due"}, {"Status", "State"},
                                 {"Ingeleverd op", "Handed in"}, {"Te laat", "Late"}, {"Feedback", "Feedback"}}),
                {}};
    for (const auto& o : overview.assignments) {
      for (const auto& line : o.lines) {
        const auto& h = line.hand_in;
        table.rows.push_back({line.enrolment.user_name, line.enrolment.user_email, line.enrolment.bestuur_name,
                              o.assignment.title, date_text(o.assignment.due_at) + " " + clock_text(o.assignment.due_at),
                              state_text(line.state, locale),
                              h ? date_text(h->submitted_at) + " " + clock_text(h->submitted_at) : std::string(),
                              std::string(h && is_late(o.assignment, *h) ? (nl ? "ja" : "yes") : ""),
                              h ? h->feedback : std::string()});
      }
    }
    return table_response(table, format, (nl ? "opdrachten " : "assignments ") + overview.round.name, locale);
  });

  router.add("GET", "/api/v1/staff/programme-rounds/{id}/invoices", on_round, [](Context& c) -> Result<http::Response> {
    SB_TRY(format, format_of(c));
    SB_TRY(list, invoice_list(c.services, c.who(), path_id(c)));
    const auto locale = c.who().user.locale;
    Table table{locale == Locale::nl ? "Facturen" : "Invoices",
                columns(locale, {{"Deelnemer", "Participant"}, {"E-mail", "E-mail"}, {"Te factureren organisatie", "Organisation to invoice"},
                                 {"Opleiding", "Programme"}, {"Ronde", "Round"}, {"Prijs excl. btw", "Price excl. VAT"},
                                 {"Btw", "VAT"}, {"Prijs incl. btw", "Price incl. VAT"}}),
                {}};
    for (const auto& line : list.lines) {
      table.rows.push_back({line.enrolment.user_name, line.enrolment.user_email, line.enrolment.bestuur_name, list.programme.title,
                            list.round.name, euros(line.price_excl_vat_cents), euros(line.vat_cents), euros(line.price_incl_vat_cents)});
    }
    return table_response(table, format, (locale == Locale::nl ? "facturen " : "invoices ") + list.round.name, locale);
  });
}

}  // namespace sb::api
