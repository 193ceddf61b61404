// The programmes module's JSON: programmes, rounds, enrolments with their
// progress, and certificates as the API shows them, and programmes and rounds
// read from a request body. Dates and clock times are given as people in the
// Netherlands read them (Europe/Amsterdam: "2026-02-05", "10:00") next to the
// UTC moment; money in integer cents.
// Thread-safety: pure functions.
#pragma once

#include <boost/json/object.hpp>

#include "modules/programmes/core/programmes.h"
#include "server/api/json_io.h"

namespace sb::api {

boost::json::object programme_json(const Programme& programme);
boost::json::object round_json(const ProgrammeRound& round, UnixTime now);
boost::json::object entry_json(const ProgrammeEntry& entry, UnixTime now);
boost::json::object enrolment_json(const Enrolment& enrolment);
boost::json::object enrolment_view_json(const EnrolmentView& view, UnixTime now);
boost::json::object certificate_json(const Certificate& certificate);

// A programme from a body (create, or update with "version").
Result<Programme> read_programme(BodyReader& body);
// A round from a body; new groups are named by sessions by position (create) or -(position + 1) (update).
Result<ProgrammeRound> read_round(BodyReader& body);

}  // namespace sb::api
