// The academy's demo content: 20 modules on the method with five items each,
// written for this app in our own words. The video links point at a demo host
// (example.nl): in a real installation programme staff replace them with the
// foundation's hosted videos.
// Thread-safety: constant data.
#pragma once

#include <array>

namespace sb {

struct AcademyDemoItem {
  const char* title;
  int minutes;
  const char* goal;
  const char* steps[3];
};

struct AcademyDemoModule {
  const char* title;
  const char* summary;
  std::array<AcademyDemoItem, 5> items;
};

extern const std::array<AcademyDemoModule, 20> kAcademyDemoModules;

}  // namespace sb
