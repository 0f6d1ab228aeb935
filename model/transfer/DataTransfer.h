#pragma once

#include "records/Result.h"

#include <QString>

#include <functional>

class QIODevice;

namespace Spyline {

class Store;

// How far a long import or export has come; returning false cancels it.
using Progress = std::function<bool(qint64 done, qint64 total)>;

struct ImportReport
{
    int cases = 0;
    int actors = 0;
    int events = 0;
    int sources = 0;
    int links = 0;
    QString summary() const;
};

// Largest JSON file imported whole; bigger collections travel as CSV, which streams.
constexpr qint64 MaxJsonImportBytes = 256LL * 1024 * 1024;

// Reads a device to its end, refusing it once more than `limit` bytes have come: what counts is
// what was read, not what the file says of its size (a pipe or /dev/zero says nothing true).
Result<QByteArray> readAtMost(QIODevice& device, qint64 limit, const QString& name);

// Imports are all or nothing: one transaction, and the first bad record aborts it with
// "FILE:LINE: field: what is wrong" (JSON names the record instead of the line where it must).
// Into an empty collection a JSON file keeps its ids; into a used one, actors with the same name
// and country and sources with the same address are merged.
Result<ImportReport> importJson(Store& store, const QString& path, const Progress& progress = {});
Result<ImportReport> importJsonData(Store& store, const QByteArray& data, const QString& name,
                                    const Progress& progress = {});
Result<ImportReport> importCsv(Store& store, const QString& path, const Progress& progress = {});
Result<ImportReport> importCsvData(Store& store, QIODevice& device, const QString& name, const Progress& progress = {});

// Exports write a temporary file and rename it over `path` only when complete.
Status exportJson(Store& store, const QString& path, const Progress& progress = {});
Status writeJson(Store& store, QIODevice& device, const Progress& progress = {});
Status exportCsv(Store& store, const QString& path, const Progress& progress = {});
Status writeCsv(Store& store, QIODevice& device, const Progress& progress = {});

// The CSV columns, in the order Spyline writes them.
QStringList csvColumns();

} // namespace Spyline
