#pragma once

#include <QStringList>

namespace Spyline {

struct SheetImportRequest
{
    QString database;
    QStringList files;
    QString map; // a map file, or the name of a built-in map ("timelinejs"); empty: Spyline's own columns
    bool dryRun = false;
    bool skipBadValues = false;
};

// spyline import --db FILE SHEET.csv... [--map MAP.json] [--dry-run] [--skip-bad-values]
// Every sheet in one transaction: a problem in any of them leaves the collection as it was.
// Prints (on stdout) what was, or with --dry-run would be, added, updated and refused, each value
// left empty, the columns not imported and every problem; a failure also says so in one line on
// stderr. Returns the exit status.
int runSheetImport(const SheetImportRequest& request);

} // namespace Spyline
