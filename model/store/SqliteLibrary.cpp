#include "store/SqliteLibrary.h"

#include <QCoreApplication>

#include <algorithm>
#include <sqlite3.h>

namespace Spyline {

namespace {

QString versionText(int number)
{
    return QStringLiteral("%1.%2.%3").arg(number / 1000000).arg(number / 1000 % 1000).arg(number % 1000);
}

} // namespace

SqliteLibrary SqliteLibrary::builtAgainst()
{
    // What the headers promise; FTS5 is a property of the library, checked on the loaded one.
    return {SQLITE_VERSION_NUMBER, QStringLiteral(SQLITE_VERSION), QStringLiteral(SQLITE_SOURCE_ID), true};
}

SqliteLibrary SqliteLibrary::loaded()
{
    return {sqlite3_libversion_number(), QString::fromLatin1(sqlite3_libversion()),
            QString::fromLatin1(sqlite3_sourceid()), sqlite3_compileoption_used("ENABLE_FTS5") != 0};
}

QString SqliteLibrary::description() const
{
    return sourceId.isEmpty() ? QStringLiteral("SQLite %1").arg(version)
                              : QStringLiteral("SQLite %1 (%2)").arg(version, sourceId);
}

Status checkSqliteLibrary(const SqliteLibrary& built, const SqliteLibrary& loaded)
{
    const int needed = std::max(built.versionNumber, int(SqliteLibrary::MinimumVersion));
    if (loaded.versionNumber < needed) {
        return fail(
            SqliteLibrary::tr("Spyline needs SQLite %1 or newer, but the SQLite library it runs on is %2 (it was built "
                              "with %3); install a newer SQLite or rebuild Spyline against the one installed")
                .arg(versionText(needed), loaded.description(), built.description()));
    }
    if (!loaded.fullTextSearch) {
        return fail(
            SqliteLibrary::tr("the SQLite library Spyline runs on (%1) was built without full-text search (FTS5), "
                              "which collections need")
                .arg(loaded.description()));
    }
    return {};
}

} // namespace Spyline
