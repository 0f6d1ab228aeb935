#pragma once

#include "records/Result.h"

#include <QString>

#include <functional>

class QIODevice;

namespace Spyline {

// Where an export or a dump may write. Refused before anything is written: a folder, the
// collection being read (also through a link, another name or a hard link to the same file) and
// its journal files, and any existing database (a Spyline collection or another SQLite file), which
// is never an output. A character device or a named pipe (/dev/stdout, a FIFO) is written as a
// stream; other special files are refused.
struct OutputTarget
{
    QString path;
    bool stream = false;
};
enum class ExistingDatabase
{
    Refuse,
    Replace, // a copy of a collection, where a person chose to replace a file
};
Result<OutputTarget> checkOutputPath(const QString& path, const QString& collectionPath = {},
                                     ExistingDatabase existing = ExistingDatabase::Refuse);

// Writes `write`'s output to `path`: to a temporary file beside it, renamed into place only once
// complete and flushed to disk, or straight into a stream (see checkOutputPath). On any failure
// nothing is left behind and the message names the file and the cause.
Status writeOutputFile(const QString& path, const QString& collectionPath,
                       const std::function<Status(QIODevice&)>& write);

// An error text for the last failed system call, for when Qt has none better than "Unknown error".
QString systemErrorText(const QString& qtText);

} // namespace Spyline
