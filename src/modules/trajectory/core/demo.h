// The trajectory module's demo data: six schools in different phases across
// PO, VO and MBO — the organisation's two demo schools and four more under a
// second bestuur with an expert coach of their own — with dated steps and the
// conditions checked at intake (Het Baken College waits on one, so its
// agreement is blocked). Runs after the organisation's demo.
#pragma once

#include "kernel/demo.h"

namespace sb {

DemoStep trajectory_demo();

}  // namespace sb
