// The rhythm's views as tables for the exports (server/api/table_export.h:
// CSV as Excel reads it in the reader's language, or XLSX), headed in the
// reader's language. Only what the views show: counts and aggregates, no rates
// under the privacy floor.
#pragma once

#include "kernel/model.h"
#include "modules/rhythm/core/cascade.h"
#include "modules/rhythm/core/views.h"
#include "server/api/table_export.h"

namespace sb::api {

Table heatmap_table(const Heatmap& heatmap, Locale locale);
Table overview_table(const Overview& overview, Locale locale);
Table cascade_table(const Cascade& cascade, Locale locale);

}  // namespace sb::api
