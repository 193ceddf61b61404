// The server's QR codes (voice rounds, class boards): an SVG of the size QR version and quiet zone give, with dark modules.
#include "server/api/qr_svg.h"

#include <gtest/gtest.h>

namespace sb::api {
namespace {

TEST(QrSvg, DrawsALinkAsAScalableSvg) {
  auto svg = qr_svg("https://samenbeter.example/s#ACE3K79");
  ASSERT_TRUE(svg.has_value());
  EXPECT_TRUE(svg->starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
  // 36 bytes at level M need version 3: 29 modules, plus 4 quiet on each side.
  EXPECT_NE(svg->find("viewBox=\"0 0 37 37\""), std::string::npos);
  // The finder pattern's top-left corner is dark, just inside the quiet zone.
  EXPECT_NE(svg->find("M4 4h1v1h-1z"), std::string::npos);
  EXPECT_NE(*svg, *qr_svg("https://samenbeter.example/s#ACE3K7A"));
}

}  // namespace
}  // namespace sb::api
