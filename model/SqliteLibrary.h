#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace Spyline {

// Which SQLite library a store runs on. Spyline opens its collections through the SQLite library
// it is linked with and through no other (Qt's SQL driver, which may carry a copy of its own, is
// not used), so the library the store calls is the one that reads and writes the file.
struct SqliteLibrary
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::SqliteLibrary)

public:
    int versionNumber = 0; // 3040001 for 3.40.1
    QString version; // "3.40.1"
    QString sourceId; // the check-in the library was built from
    bool fullTextSearch = false; // FTS5, which the search index needs

    // The oldest SQLite that has all the store uses (trusted_schema is 3.31).
    static constexpr int MinimumVersion = 3031000;

    // The library whose headers the store was compiled with.
    static SqliteLibrary builtAgainst();
    // The library the store calls at run time.
    static SqliteLibrary loaded();
    // "SQLite 3.40.1 (2022-12-28 14:03:47 df5c...)"
    QString description() const;
};

// Whether the loaded library can serve a store compiled against `built`: it is the same library
// or a newer release of it (an older one may lack what the store was compiled to use), it is at
// least MinimumVersion, and it has full-text search. The failure names both libraries.
Status checkSqliteLibrary(const SqliteLibrary& built, const SqliteLibrary& loaded);

} // namespace Spyline
