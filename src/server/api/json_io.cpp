#include "server/api/json_io.h"

#include <boost/json.hpp>

#include <charconv>
#include <cmath>
#include <ctime>

namespace sb::api {

namespace json = boost::json;

Result<BodyReader> BodyReader::parse(std::string_view body) {
  if (body.empty()) return BodyReader(json::object());
  boost::system::error_code ec;
  json::parse_options options;
  options.max_depth = 16;
  json::value value = json::parse(body, ec, {}, options);
  if (ec) return std::unexpected(Error::invalid("", "The request body is not valid JSON (" + ec.message() + ")."));
  if (!value.is_object()) return std::unexpected(Error::invalid("", "The request body must be a JSON object."));
  return BodyReader(std::move(value.as_object()));
}

const json::value* BodyReader::field(std::string_view name) {
  read_.insert(std::string(name));
  auto it = object_.find(name);
  if (it == object_.end() || it->value().is_null()) return nullptr;
  return &it->value();
}

const json::value* BodyReader::raw_field(std::string_view name) {
  read_.insert(std::string(name));
  auto it = object_.find(name);
  return it == object_.end() ? nullptr : &it->value();
}

Result<std::optional<std::optional<Id>>> BodyReader::nullable_id(std::string_view name) {
  const auto* value = raw_field(name);
  if (!value) return std::optional<std::optional<Id>>();
  if (value->is_null()) return std::optional<std::optional<Id>>(std::optional<Id>());
  SB_TRY(id, optional_id(name));
  return std::optional<std::optional<Id>>(id);
}

Result<std::optional<std::optional<std::string>>> BodyReader::nullable_string(std::string_view name) {
  const auto* value = raw_field(name);
  if (!value) return std::optional<std::optional<std::string>>();
  if (value->is_null()) return std::optional<std::optional<std::string>>(std::optional<std::string>());
  SB_TRY(text, optional_string(name));
  return std::optional<std::optional<std::string>>(text);
}

Result<std::optional<double>> BodyReader::optional_number(std::string_view name) {
  const auto* value = field(name);
  if (!value) return std::optional<double>();
  if (value->is_int64()) return std::optional<double>(static_cast<double>(value->as_int64()));
  if (value->is_uint64()) return std::optional<double>(static_cast<double>(value->as_uint64()));
  if (value->is_double() && std::isfinite(value->as_double())) return std::optional<double>(value->as_double());
  return std::unexpected(Error::invalid(named(name), "This field must be a number."));
}

Result<std::optional<std::int64_t>> BodyReader::optional_integer(std::string_view name) {
  const auto* value = field(name);
  if (!value) return std::optional<std::int64_t>();
  if (value->is_int64()) return std::optional<std::int64_t>(value->as_int64());
  return std::unexpected(Error::invalid(named(name), "This field must be a whole number."));
}

Result<std::int64_t> BodyReader::integer(std::string_view name) {
  SB_TRY(value, optional_integer(name));
  if (!value) return std::unexpected(Error::required(named(name)));
  return *value;
}

Result<std::optional<bool>> BodyReader::optional_bool(std::string_view name) {
  const auto* value = field(name);
  if (!value) return std::optional<bool>();
  if (!value->is_bool()) return std::unexpected(Error::invalid(named(name), "This field must be true or false."));
  return std::optional<bool>(value->as_bool());
}

Result<std::optional<std::vector<Id>>> BodyReader::optional_id_list(std::string_view name) {
  const auto* value = field(name);
  if (!value) return std::optional<std::vector<Id>>();
  if (!value->is_array() || value->as_array().size() > 200) {
    return std::unexpected(Error::invalid(named(name), "This field must be a list of ids."));
  }
  std::vector<Id> ids;
  for (const auto& element : value->as_array()) {
    if (!element.is_int64() || element.as_int64() <= 0) {
      return std::unexpected(Error::invalid(named(name), "This field must be a list of ids."));
    }
    ids.push_back(element.as_int64());
  }
  return std::optional<std::vector<Id>>(std::move(ids));
}

Result<std::vector<std::string>> BodyReader::string_list(std::string_view name, std::size_t max_size) {
  const auto* value = field(name);
  if (!value) return std::vector<std::string>();
  if (!value->is_array()) return std::unexpected(Error::invalid(named(name), "This field must be a list of texts."));
  if (value->as_array().size() > max_size) {
    return std::unexpected(Error::invalid(named(name), "This list is too long.").because("too_many", 0, static_cast<double>(max_size)));
  }
  std::vector<std::string> out;
  for (const auto& element : value->as_array()) {
    if (!element.is_string() || element.as_string().size() > 64 * 1024) {
      return std::unexpected(Error::invalid(named(name) + "." + std::to_string(out.size()), "This field must be text."));
    }
    out.emplace_back(element.as_string().data(), element.as_string().size());
  }
  return out;
}

Result<std::optional<std::string>> BodyReader::optional_string(std::string_view name) {
  const auto* value = field(name);
  if (!value) return std::optional<std::string>();
  if (!value->is_string()) return std::unexpected(Error::invalid(named(name), "This field must be text."));
  const auto& text = value->as_string();
  // A generous outer bound; each use case applies its own, tighter limit.
  if (text.size() > 64 * 1024) return std::unexpected(Error::invalid(named(name), "Text is too long."));
  return std::optional<std::string>(std::string(text.data(), text.size()));
}

Result<std::string> BodyReader::string(std::string_view name) {
  SB_TRY(value, optional_string(name));
  if (!value) return std::unexpected(Error::required(named(name)));
  return std::move(*value);
}

Result<std::optional<Id>> BodyReader::optional_id(std::string_view name) {
  const auto* value = field(name);
  if (!value) return std::optional<Id>();
  if (value->is_int64() && value->as_int64() > 0) return std::optional<Id>(value->as_int64());
  if (value->is_uint64() && value->as_uint64() > 0 && value->as_uint64() <= INT64_MAX) {
    return std::optional<Id>(static_cast<Id>(value->as_uint64()));
  }
  return std::unexpected(Error::invalid(named(name), "This field must be a positive whole number."));
}

Result<Id> BodyReader::id(std::string_view name) {
  SB_TRY(value, optional_id(name));
  if (!value) return std::unexpected(Error::required(named(name)));
  return *value;
}

Result<std::optional<BodyReader>> BodyReader::optional_object(std::string_view name) {
  const auto* value = field(name);
  if (!value) return std::optional<BodyReader>();
  if (!value->is_object()) return std::unexpected(Error::invalid(named(name), "This field must be an object."));
  return std::optional<BodyReader>(BodyReader(value->as_object(), named(name) + "."));
}

Result<std::vector<BodyReader>> BodyReader::object_list(std::string_view name, std::size_t max_size) {
  std::vector<BodyReader> out;
  const auto* value = field(name);
  if (!value) return out;
  if (!value->is_array() || value->as_array().size() > max_size) {
    return std::unexpected(
        Error::invalid(named(name), "This field must be a list of at most " + std::to_string(max_size) + " objects."));
  }
  const auto& list = value->as_array();
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto element = named(name) + "." + std::to_string(i);
    if (!list[i].is_object()) return std::unexpected(Error::invalid(element, "This entry must be an object."));
    out.push_back(BodyReader(list[i].as_object(), element + "."));
  }
  return out;
}

Result<std::optional<std::vector<std::string>>> BodyReader::optional_string_list(std::string_view name,
                                                                              std::size_t max_size) {
  const auto* value = field(name);
  if (!value) return std::optional<std::vector<std::string>>();
  if (!value->is_array()) return std::unexpected(Error::invalid(named(name), "This field must be a list of texts."));
  if (value->as_array().size() > max_size) {
    return std::unexpected(Error::invalid(named(name), "At most " + std::to_string(max_size) + " entries.")
                               .because("too_many", 0, static_cast<double>(max_size)));
  }
  std::vector<std::string> out;
  for (const auto& element : value->as_array()) {
    if (!element.is_string() || element.as_string().size() > 64 * 1024) {
      return std::unexpected(Error::invalid(named(name), "This field must be a list of texts."));
    }
    out.emplace_back(element.as_string());
  }
  return std::optional<std::vector<std::string>>(std::move(out));
}

Result<void> BodyReader::finish() const {
  for (const auto& entry : object_) {
    if (!read_.contains(std::string_view(entry.key()))) {
      return std::unexpected(Error::invalid(prefix_ + std::string(entry.key()), "Unknown field."));
    }
  }
  return ok();
}

Result<std::int64_t> read_version_only(BodyReader& body) {
  SB_TRY(version, body.integer("version"));
  SB_CHECK(body.finish());
  return version;
}

Result<AccountSetup> read_account_setup(BodyReader& body) {
  SB_TRY(name, body.optional_string("name"));
  SB_TRY(password, body.string("password"));
  SB_CHECK(body.finish());
  return AccountSetup{name.value_or(""), std::move(password)};
}

std::optional<Id> parse_id(std::string_view text) {
  Id value = 0;
  if (text.empty() || text.size() > 18) return std::nullopt;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value <= 0) return std::nullopt;
  return value;
}

std::string serialize(const json::value& value) { return json::serialize(value); }

std::string iso_time(UnixTime time) {
  std::time_t t = static_cast<std::time_t>(time);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

json::value optional_id_json(const std::optional<Id>& id) { return id ? json::value(*id) : json::value(nullptr); }
json::value name_or_null(const std::optional<Id>& id, const std::string& name) {
  return id ? json::value(name) : json::value(nullptr);
}

json::object to_json(const User& user) {
  return {{"id", user.id}, {"email", user.email}, {"name", user.name}, {"is_admin", user.is_admin},
          {"locale", to_string(user.locale)}};
}

json::object to_json(const MembershipView& m) {
  return {{"id", m.id},
          {"role", to_string(m.role)},
          {"team_id", optional_id_json(m.team_id)},
          {"team_name", name_or_null(m.team_id, m.team_name)},
          {"school_id", optional_id_json(m.school_id)},
          {"school_name", name_or_null(m.school_id, m.school_name)},
          {"bestuur_id", optional_id_json(m.bestuur_id)},
          {"bestuur_name", name_or_null(m.bestuur_id, m.bestuur_name)}};
}

json::object member_json(const MembershipView& m) {
  return {{"membership_id", m.id}, {"user_id", m.user_id},   {"name", m.user_name},
          {"email", m.user_email}, {"role", to_string(m.role)}, {"team_id", optional_id_json(m.team_id)},
          {"team_name", name_or_null(m.team_id, m.team_name)}};
}

json::object me_json(const Principal& principal, std::string_view csrf_token) {
  json::array memberships;
  for (const auto& m : principal.memberships) memberships.push_back(to_json(m));
  return {{"user", to_json(principal.user)}, {"memberships", std::move(memberships)}, {"csrf_token", csrf_token}};
}

}  // namespace sb::api
