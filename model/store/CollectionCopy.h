#pragma once

#include "transfer/DataTransfer.h"

#include <QByteArray>

#include <functional>

namespace Spyline {

class PostgresConnection;

// A collection is a file or a database on a PostgreSQL server (postgresql://…, see ServerAddress.h);
// these move whole collections between the two, losslessly: every record with its id, every
// position a person dragged, every note of where merged records came from.

enum class ExistingCollection
{
    Refuse, // a target that holds records is left alone, with a message saying how to replace it
    Replace, // its records are removed and the copy takes their place, in the same transaction
};

// Told how many records (of how many) have been copied so far; answers false to cancel the copy.
using CopyProgress = std::function<bool(qint64 done, qint64 total)>;

struct CopyOptions
{
    ExistingCollection existing = ExistingCollection::Refuse;
    CopyProgress progress;
    // For a source on a server that asks for one: the password a person typed in the window, given
    // to libpq as a connection parameter and to nothing else.
    QByteArray sourcePassword;
    // Set when the source's server asked for a password and none was given.
    bool* sourceNeedsPassword = nullptr;
    // Set, for a source on a server, to the last change of its change log the copy holds (0 when
    // it has no log).
    qint64* sourceChangeSequence = nullptr;
    // Set likewise to its change log's identity (changeLogIdentity in ChangeLog.h).
    QString* sourceIdentity = nullptr;
    // For a source on a server: runs within the snapshot the copy reads, before any record is
    // copied (a window shows the timeline from it first). A failure ends the copy with its message.
    std::function<Status(PostgresConnection& source)> readSourceFirst;
};

// Copies the collection at `from` to `to`, either way between a file and a server, or file to file.
// A file target that does not exist is made (whole or not at all); a server database without a
// collection gets one. The copy is one transaction: all of it, or nothing; a new file is filled as a
// bulk load (its indexes and full-text index built once, at the end), and from a server each table
// is streamed with COPY rather than read row by row.
Result<ImportReport> copyCollection(const QString& from, const QString& to,
                                    ExistingCollection existing = ExistingCollection::Refuse);
Result<ImportReport> copyCollection(const QString& from, const QString& to, const CopyOptions& options);

// A new collection in the (empty) database at a server address, empty or with the sample cases.
Status createServerCollection(const QString& address, bool withSample);

enum class DumpFormat
{
    Json,
    Csv,
};

// Writes the collection at `db` (a file or a server address) as JSON or CSV to `out`; the dump of a
// collection copied to a server is the same, byte for byte, as the dump of the file it came from.
Status dumpCollection(const QString& db, DumpFormat format, const QString& out);

} // namespace Spyline
