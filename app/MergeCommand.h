#pragma once

#include <QString>

namespace Spyline {

struct MergeRequest
{
    QString database;
    QString other;
    bool dryRun = false;
};

// spyline merge --db FILE OTHER.spyline [--dry-run]
// Brings the other collection in, all or nothing: records that are the same are matched, not
// doubled; where matched records differ, this collection's values are kept; close matches are
// added beside what they resemble. Prints what was, or with --dry-run would be, added, matched,
// different and close; --dry-run opens both collections only to read. The other collection is
// never written. Returns the exit status.
int runMerge(const MergeRequest& request);

} // namespace Spyline
