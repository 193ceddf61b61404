// The one function that turns a domain Error into an HTTP status.
#pragma once

#include "core/error.h"

namespace sb::api {

int http_status(const Error& error);

}  // namespace sb::api
