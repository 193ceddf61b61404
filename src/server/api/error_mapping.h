// The one function that turns a domain Error into an HTTP status.
#pragma once

#include "kernel/error.h"

namespace sb::api {

int http_status(const Error& error);

}  // namespace sb::api
