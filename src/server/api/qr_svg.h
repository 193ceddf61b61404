// A QR code drawn by the server as SVG, with Debian's libqrencode: the link a
// student scans from the classroom screen. Error correction level M, a quiet
// zone of four modules, one path of dark squares, so it scales to any size.
// Thread-safety: libqrencode's encoder is reentrant; pure function.
#pragma once

#include <string>
#include <string_view>

#include "kernel/error.h"

namespace sb::api {

Result<std::string> qr_svg(std::string_view text);

}  // namespace sb::api
