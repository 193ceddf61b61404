#include "modules/notifications/core/mails.h"

#include <algorithm>
#include <array>
#include <string>

namespace sb {
namespace {

std::string str(std::string_view text) { return std::string(text); }

std::string link(std::string_view base_url, std::string_view path) { return str(base_url) + str(path); }

// Why the mail came, and where to switch it off.
std::string footer(Locale locale, std::string_view what_nl, std::string_view what_en, std::string_view base_url) {
  if (locale == Locale::nl) {
    return "\n--\nJe krijgt deze mail omdat " + str(what_nl) + " aan staat. Uitzetten kan op je accountpagina: " +
           link(base_url, "/account") + "\n";
  }
  return "\n--\nYou get this mail because " + str(what_en) + " is on. Switch it off on your account page: " +
         link(base_url, "/account") + "\n";
}

std::string status_for(Locale locale, std::string_view status) {
  const bool nl = locale == Locale::nl;
  if (status == "leadership") return nl ? "Bij de schoolleiding" : "With the school leadership";
  if (status == "answered") return nl ? "Beantwoord" : "Answered";
  if (status == "taken_on") return nl ? "Opgepakt door de schoolleiding" : "Taken on by the school leadership";
  if (status == "resolved") return nl ? "Opgelost" : "Resolved";
  return "Open";
}

}  // namespace

std::string date_for(Locale locale, std::string_view date) {
  const bool well_formed = date.size() == 10 && date[4] == '-' && date[7] == '-' &&
                           std::all_of(date.begin(), date.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
  if (!well_formed) return str(date);
  const std::string day = str(date.substr(8, 2));
  const std::string month = str(date.substr(5, 2));
  const std::string year = str(date.substr(0, 4));
  if (locale == Locale::nl) return day + "-" + month + "-" + year;
  static constexpr std::array<const char*, 12> kMonths{"January", "February", "March",     "April",   "May",      "June",
                                                       "July",    "August",   "September", "October", "November", "December"};
  const int m = std::stoi(month);
  if (m < 1 || m > 12) return str(date);
  return std::to_string(std::stoi(day)) + " " + kMonths[static_cast<std::size_t>(m - 1)] + " " + year;
}

Mail action_assigned_mail(const User& to, std::string_view by_name, const BoardItem& action, std::string_view team_name,
                          std::string_view school_name, std::string_view base_url) {
  const auto card = link(base_url, card_path(action.team_id, action.id));
  if (to.locale == Locale::nl) {
    std::string body = "Hallo " + to.name + ",\n\n" + str(by_name) + " heeft je een actie gegeven op het bord van " +
                       str(team_name) + " (" + str(school_name) + "):\n\n  " + action.text + "\n";
    if (action.due_on) body += "  Klaar op: " + date_for(to.locale, *action.due_on) + "\n";
    body += "\nBekijk de kaart op het bord:\n" + card + "\n\nAl je acties staan op Mijn acties: " +
            link(base_url, "/mijn-acties") + "\n";
    return {to.email, "SamenBeter: een nieuwe actie voor jou in " + str(team_name),
            body + footer(to.locale, "de mail over nieuwe acties", "", base_url)};
  }
  std::string body = "Hello " + to.name + ",\n\n" + str(by_name) + " gave you an action on the board of " + str(team_name) +
                     " (" + str(school_name) + "):\n\n  " + action.text + "\n";
  if (action.due_on) body += "  Due: " + date_for(to.locale, *action.due_on) + "\n";
  body += "\nSee the card on the board:\n" + card + "\n\nAll your actions are on My actions: " +
          link(base_url, "/mijn-acties") + "\n";
  return {to.email, "SamenBeter: a new action for you in " + str(team_name),
          body + footer(to.locale, "", "the mail about new actions", base_url)};
}

Mail obstacle_answered_mail(const User& to, std::string_view by_name, const BoardItem& obstacle,
                            std::string_view team_name, std::string_view base_url) {
  const auto card = link(base_url, card_path(obstacle.team_id, obstacle.id));
  const bool resolved = obstacle.status == "resolved";
  if (to.locale == Locale::nl) {
    std::string body = "Hallo " + to.name + ",\n\n" + str(by_name) +
                       " van de schoolleiding heeft gereageerd op het obstakel dat je op het bord van " + str(team_name) +
                       " zette:\n\n  " + obstacle.text + "\n\n";
    if (!obstacle.leadership_reply.empty()) body += "Antwoord: " + obstacle.leadership_reply + "\n";
    body += "Status: " + status_for(to.locale, obstacle.status) + "\n\nBekijk het op het bord:\n" + card + "\n";
    return {to.email,
            resolved ? "SamenBeter: je obstakel is opgelost — " + str(team_name)
                     : "SamenBeter: de schoolleiding antwoordde op je obstakel — " + str(team_name),
            body + footer(to.locale, "de mail over antwoorden op je obstakels", "", base_url)};
  }
  std::string body = "Hello " + to.name + ",\n\n" + str(by_name) +
                     " of the school leadership responded to the obstacle you put on the board of " + str(team_name) +
                     ":\n\n  " + obstacle.text + "\n\n";
  if (!obstacle.leadership_reply.empty()) body += "Answer: " + obstacle.leadership_reply + "\n";
  body += "Status: " + status_for(to.locale, obstacle.status) + "\n\nSee it on the board:\n" + card + "\n";
  return {to.email,
          resolved ? "SamenBeter: your obstacle is resolved — " + str(team_name)
                   : "SamenBeter: the school leadership answered your obstacle — " + str(team_name),
          body + footer(to.locale, "", "the mail about answers to your obstacles", base_url)};
}

Mail overdue_digest_mail(const User& to, const std::vector<MyAction>& overdue, std::string_view base_url) {
  const bool nl = to.locale == Locale::nl;
  const auto count = std::to_string(overdue.size());
  std::string body = (nl ? "Hallo " : "Hello ") + to.name + ",\n\n" +
                     (nl ? "Deze acties van jou hadden al klaar moeten zijn:\n" : "These actions of yours are past their due date:\n");
  for (const auto& a : overdue) {
    body += "\n- " + a.item.text + "\n  " + a.team_name + " · " + (nl ? "klaar op " : "due ") +
            date_for(to.locale, a.item.due_on.value_or("")) + "\n  " + link(base_url, card_path(a.item.team_id, a.item.id)) +
            "\n";
  }
  body += nl ? "\nZet ze door op het bord, of spreek met je team een nieuwe datum af. Al je acties: "
             : "\nMove them on on the board, or agree a new date with your team. All your actions: ";
  body += link(base_url, "/mijn-acties") + "\n";
  const std::string subject =
      nl ? "SamenBeter: " + count + (overdue.size() == 1 ? " actie over tijd" : " acties over tijd")
         : "SamenBeter: " + count + (overdue.size() == 1 ? " overdue action" : " overdue actions");
  return {to.email, subject,
          body + footer(to.locale, "het wekelijkse overzicht van acties over tijd", "the weekly summary of overdue actions",
                        base_url)};
}

}  // namespace sb
