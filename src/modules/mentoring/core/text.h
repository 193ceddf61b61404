// Small text helpers for what staff type into spreadsheets: trimming,
// case-folding for comparisons (regions, municipalities, ids in lists) and
// the keywords of a free-text topic field.
//
// Folding lowercases ASCII only and leaves other UTF-8 bytes as they are, so
// "Den Haag" and "den haag " compare equal while "Zeeuws-Vlaanderen" keeps
// its accents intact. Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sb::mentoring {

std::string_view trim(std::string_view text);

// Trimmed, ASCII-lowercased, inner runs of white space collapsed to one space.
std::string fold(std::string_view text);

// Lowercased words of at least three characters that are not common Dutch or
// English filler words, sorted and without duplicates.
std::vector<std::string> keywords(std::string_view text);

// Splits a list cell such as "PO, VO" or "dec|jan feb" on commas, semicolons,
// slashes, plus signs, vertical bars and white space; drops empty parts.
std::vector<std::string> split_list(std::string_view text);

}  // namespace sb::mentoring
