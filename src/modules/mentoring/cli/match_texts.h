// Every text the `samenbeter match` command prints, in one place. Staff are
// Dutch, so the command speaks Dutch; the engine's reasons come in both
// languages and the Dutch one is printed. Thread-safety: constants.
#pragma once

#include <string_view>

namespace sb::cli::match_texts {

inline constexpr std::string_view kDescription =
    "Koppel mentoren aan schoolleiders en schoolcoaches: optimaal over de hele pool, met uitleg.";
inline constexpr std::string_view kMentorsOption = "CSV met mentoren (; of , gescheiden, UTF-8)";
inline constexpr std::string_view kMenteesOption = "CSV met mentees (schoolleiders en schoolcoaches)";
inline constexpr std::string_view kWeightsOption = "JSON met gewichten, bijv. {\"sector\": 30, \"afstand\": 20}";
inline constexpr std::string_view kOutOption = "CSV om de koppels en de redenen naar te schrijven";
inline constexpr std::string_view kExplainOption =
    "leg uit waarom een koppel (MENTOR_ID:MENTEE_ID) wel of niet gekozen is; mag vaker";

inline constexpr std::string_view kCannotRead = "kan bestand niet lezen: ";
inline constexpr std::string_view kCannotWrite = "kan bestand niet schrijven: ";
inline constexpr std::string_view kLine = " regel ";
inline constexpr std::string_view kBadRowsFooter = "Niets gekoppeld: verbeter bovenstaande regels en probeer opnieuw.";
inline constexpr std::string_view kWeightsError = "fout in gewichten: ";
inline constexpr std::string_view kPoolError = "de pool kan niet gekoppeld worden: ";
inline constexpr std::string_view kExplainFormat = "gebruik --explain MENTOR_ID:MENTEE_ID, niet: ";

inline constexpr std::string_view kMentors = "Mentoren: ";
inline constexpr std::string_view kMentees = "Mentees: ";
inline constexpr std::string_view kEligible = " geschikt";
inline constexpr std::string_view kPairs = "Koppels: ";
inline constexpr std::string_view kOfWhichLocked = " (waarvan vastgezet: ";
inline constexpr std::string_view kTotalScore = "Totale score: ";
inline constexpr std::string_view kAverage = ", gemiddeld ";
inline constexpr std::string_view kPerPair = " per koppel";
inline constexpr std::string_view kUnpaired = "Niet gekoppeld: ";
inline constexpr std::string_view kUnpairedMentors = " mentor(en), ";
inline constexpr std::string_view kUnpairedMentees = " mentee(s); de redenen staan in ";
inline constexpr std::string_view kWhy = "Waarom ";
inline constexpr std::string_view kSolved = "Berekend in ";
inline constexpr std::string_view kMilliseconds = " ms";
inline constexpr std::string_view kWritten = "Geschreven: ";

}  // namespace sb::cli::match_texts
