#include "modules/programmes/core/mails.h"

#include "kernel/ical.h"
#include "modules/programmes/core/calendar.h"
#include "modules/programmes/core/times.h"

namespace sb {
namespace {

std::string sessions_text(const Programme& programme, const ProgrammeRound& round, const Enrolment& e, bool dutch) {
  std::string out;
  for (const auto& session : sessions_for(round, e.group_id)) {
    out += "- " + session_time_text(session) + "  " + session.title + ", " + session.place;
    if (!session.address.empty()) out += " (" + session.address + ")";
    out += "\n";
  }
  if (out.empty()) out = dutch ? "- De data volgen.\n" : "- Dates to follow.\n";
  (void)programme;
  return out;
}

std::string link(const Services& s) { return s.public_base_url + "/mijn-opleidingen"; }

// The participant's sessions as an .ics file, for their calendar program.
MailAttachment sessions_ics(const Services& s, const Programme& programme, const ProgrammeRound& round, const Enrolment& e) {
  return {"opleiding.ics", "text/calendar; method=PUBLISH; charset=UTF-8",
          ical::write_calendar(programme.title, session_events(programme, round, e), s.clock.now())};
}

}  // namespace

Mail enrolment_mail(const Services& s, const Programme& programme, const ProgrammeRound& round, const Enrolment& e,
                    const User& participant, const ColleagueState& colleague) {
  const bool dutch = participant.locale == Locale::nl;
  Mail mail;
  mail.to = participant.email;
  std::string body;
  if (dutch) {
    mail.subject = (e.status == EnrolmentStatus::placed ? "Inschrijving bevestigd: " : "Op de wachtlijst: ") + programme.title;
    body = "Beste " + participant.name + ",\n\n";
    body += e.status == EnrolmentStatus::placed
                ? "Je bent ingeschreven voor " + programme.title + " (" + round.name + ").\n"
                : "De groep is vol: je staat op de wachtlijst voor " + programme.title + " (" + round.name +
                      "). Komt er een plaats vrij, dan schuif je automatisch door en krijg je bericht.\n";
    if (colleague.required && !colleague.complete) {
      body += "\nVoor deze opleiding schrijf je je in met minstens een collega van je eigen schoolorganisatie. Je "
              "inschrijving is compleet zodra een collega zich inschrijft, uiterlijk " +
              date_text(*colleague.deadline) + ".\n";
    }
    body += "\nBijeenkomsten:\n" + sessions_text(programme, round, e, true);
    body += "\nJe rooster en voortgang: " + link(s) + "\n";
  } else {
    mail.subject = (e.status == EnrolmentStatus::placed ? "Enrolment confirmed: " : "On the waiting list: ") + programme.title;
    body = "Dear " + participant.name + ",\n\n";
    body += e.status == EnrolmentStatus::placed
                ? "You are enrolled in " + programme.title + " (" + round.name + ").\n"
                : "The group is full: you are on the waiting list for " + programme.title + " (" + round.name +
                      "). When a place frees up you move up automatically and we let you know.\n";
    if (colleague.required && !colleague.complete) {
      body += "\nThis programme asks you to enrol with at least one colleague of your own school organisation. "
              "Your enrolment is complete once a colleague enrols, by " +
              date_text(*colleague.deadline) + ".\n";
    }
    body += "\nSessions:\n" + sessions_text(programme, round, e, false);
    body += "\nYour schedule and progress: " + link(s) + "\n";
  }
  mail.body = std::move(body);
  if (e.status == EnrolmentStatus::placed) mail.attachments.push_back(sessions_ics(s, programme, round, e));
  return mail;
}

Mail held_place_mail(const Services& s, const Programme& programme, const ProgrammeRound& round, const Enrolment& e,
                     const std::string& inviter_name, const std::string& link_path) {
  Mail mail;
  mail.to = e.invited_email;
  mail.subject = "Uitnodiging: " + programme.title;
  const auto until = e.held_until ? date_text(*e.held_until) : std::string();
  const auto url = s.public_base_url + link_path;
  mail.body = "Hallo,\n\n" + inviter_name + " heeft je ingeschreven voor " + programme.title + " (" + round.name + ") van " +
              programme.provider + ".\n\n" +
              (e.status == EnrolmentStatus::placed ? "Er is een plaats voor je vastgehouden tot en met " + until + "."
                                                   : "De groep is vol: je staat op de wachtlijst, tot en met " + until +
                                                         " voor je vastgehouden.") +
              " Maak via deze link je account aan (naam en wachtwoord) om je inschrijving te bevestigen; de link werkt "
              "één keer:\n" + url + "\n\nBijeenkomsten:\n" + sessions_text(programme, round, e, true) +
              "\nBevestig je niet op tijd, dan vervalt de plaats.\n\n--\n" + inviter_name + " enrolled you in " +
              programme.title + ". Create your account through the link above by " + until +
              " to confirm; after that the place is released.\n";
  return mail;
}

Mail promotion_mail(const Services& s, const Programme& programme, const ProgrammeRound& round, const Enrolment& e,
                    const User& participant) {
  const bool dutch = participant.locale == Locale::nl;
  Mail mail;
  mail.to = participant.email;
  if (dutch) {
    mail.subject = "Er is een plaats voor je vrijgekomen: " + programme.title;
    mail.body = "Beste " + participant.name + ",\n\nEr is een plaats vrijgekomen. Je staat niet meer op de wachtlijst "
                "maar bent ingeschreven voor " + programme.title + " (" + round.name + ").\n\nBijeenkomsten:\n" +
                sessions_text(programme, round, e, true) + "\nJe rooster en voortgang: " + link(s) + "\n";
  } else {
    mail.subject = "A place has come free for you: " + programme.title;
    mail.body = "Dear " + participant.name + ",\n\nA place has come free. You are no longer on the waiting list but "
                "enrolled in " + programme.title + " (" + round.name + ").\n\nSessions:\n" +
                sessions_text(programme, round, e, false) + "\nYour schedule and progress: " + link(s) + "\n";
  }
  mail.attachments.push_back(sessions_ics(s, programme, round, e));
  return mail;
}

}  // namespace sb
