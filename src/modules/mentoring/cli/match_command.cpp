#include "modules/mentoring/cli/match_command.h"

#include <CLI/CLI.hpp>

#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "modules/mentoring/cli/match_texts.h"
#include "modules/mentoring/cli/weights_json.h"
#include "modules/mentoring/core/engine.h"
#include "modules/mentoring/core/pool_csv.h"

namespace sb::cli {
namespace {

namespace texts = match_texts;

// Exit code for input that staff must fix (bad rows, bad weights, unreadable files).
constexpr int kInputError = 2;

struct MatchOptions {
  std::string mentors_path;
  std::string mentees_path;
  std::string weights_path;
  std::string out_path;
  std::vector<std::string> explain;
};

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = buffer.str();
  return static_cast<bool>(in) || in.eof();
}

[[noreturn]] void fail(const std::string& message) {
  std::cerr << message << '\n';
  throw CLI::RuntimeError("", kInputError);  // the message is printed above
}

std::string read_or_fail(const std::string& path) {
  std::string text;
  if (!read_file(path, text)) fail(std::string(texts::kCannotRead) + path);
  return text;
}

void print_errors(const std::string& path, const std::vector<mentoring::RowError>& errors) {
  for (const auto& error : errors) std::cerr << path << texts::kLine << error.line << ": " << error.reason.nl << '\n';
}

mentoring::Weights read_weights(const std::string& path) {
  mentoring::Weights weights;
  if (path.empty()) return weights;
  const auto entries = parse_weights_json(read_or_fail(path));
  if (!entries) fail(std::string(texts::kWeightsError) + path + ": " + entries.error().message);
  for (const auto& [name, value] : *entries) {
    if (auto set = mentoring::set_weight(weights, name, value); !set) {
      fail(std::string(texts::kWeightsError) + path + ": " + set.error().message);
    }
  }
  if (auto valid = mentoring::validate(weights); !valid) {
    fail(std::string(texts::kWeightsError) + path + ": " + valid.error().message);
  }
  return weights;
}

void run_match(const MatchOptions& options) {
  const auto mentors = mentoring::read_mentors_csv(read_or_fail(options.mentors_path));
  const auto mentees = mentoring::read_mentees_csv(read_or_fail(options.mentees_path));
  if (!mentors.errors.empty() || !mentees.errors.empty()) {
    print_errors(options.mentors_path, mentors.errors);
    print_errors(options.mentees_path, mentees.errors);
    fail(std::string(texts::kBadRowsFooter));
  }
  mentoring::Pool pool;
  pool.mentors = mentors.mentors;
  pool.mentees = mentees.mentees;
  pool.locked = mentees.locked;
  pool.forbidden = mentees.forbidden;
  pool.weights = read_weights(options.weights_path);

  const auto started = std::chrono::steady_clock::now();
  const auto result = mentoring::match(pool);
  const auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  if (!result) fail(std::string(texts::kPoolError) + result.error().message);

  std::ofstream out(options.out_path, std::ios::binary | std::ios::trunc);
  out << mentoring::write_pairs_csv(pool, *result);
  out.close();
  if (!out) fail(std::string(texts::kCannotWrite) + options.out_path);

  auto& o = std::cout;
  o << texts::kMentors << pool.mentors.size() << " (" << result->eligible_mentors << texts::kEligible << ")\n";
  o << texts::kMentees << pool.mentees.size() << " (" << result->eligible_mentees << texts::kEligible << ")\n";
  o << texts::kPairs << result->pair_count() << texts::kOfWhichLocked << result->locked_pairs << ")\n";
  o << texts::kTotalScore << result->total_score;
  if (result->pair_count() > 0) o << texts::kAverage << result->total_score / result->pair_count() << texts::kPerPair;
  o << '\n';
  o << texts::kUnpaired << result->unpaired_mentors.size() << texts::kUnpairedMentors << result->unpaired_mentees.size()
    << texts::kUnpairedMentees << options.out_path << '\n';
  for (const auto& question : options.explain) {
    const auto colon = question.find(':');
    if (colon == std::string::npos) fail(std::string(texts::kExplainFormat) + question);
    const auto why = mentoring::explain_pair(pool, *result, question.substr(0, colon), question.substr(colon + 1));
    if (!why) fail(why.error().message);
    o << texts::kWhy << question << ": " << why->text.nl << '\n';
  }
  o << texts::kSolved << static_cast<long long>(elapsed + 0.5) << texts::kMilliseconds << '\n';
  o << texts::kWritten << options.out_path << '\n';
}

}  // namespace

void register_match_command(CLI::App& app) {
  auto options = std::make_shared<MatchOptions>();
  CLI::App* command = app.add_subcommand("match", std::string(texts::kDescription));
  command->add_option("--mentors", options->mentors_path, std::string(texts::kMentorsOption))->required();
  command->add_option("--mentees", options->mentees_path, std::string(texts::kMenteesOption))->required();
  command->add_option("--weights", options->weights_path, std::string(texts::kWeightsOption));
  command->add_option("--out", options->out_path, std::string(texts::kOutOption))->required();
  command->add_option("--explain", options->explain, std::string(texts::kExplainOption));
  command->callback([options] { run_match(*options); });
}

}  // namespace sb::cli
