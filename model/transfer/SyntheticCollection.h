#pragma once

#include "transfer/DataTransfer.h"

namespace Spyline {

class Store;

struct SyntheticOptions
{
    int cases = 1000;
    quint64 seed = 1;
};

// A made-up collection with a realistic shape, for benchmarks and scale tests: fifty years of
// cases, about 150 countries with a few in most cases, agencies and handlers reused with power-law
// frequency, about one date in ten known only to the month or year, statements that announcements
// respond to, and graded sources. The same seed always gives the same collection. About five
// events a case: 200,000 cases make a million events.
Result<ImportReport> generateSyntheticCollection(Store& store, const SyntheticOptions& options,
                                                 const Progress& progress = {});

} // namespace Spyline
