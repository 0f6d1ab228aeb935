#include "store/Store.h"

#include "records/CountryCatalog.h"
#include "records/PartialDate.h"
#include "store/SchemaMigrations.h"
#include "store/SearchTokenizer.h"
#include "store/SqliteLibrary.h"
#include "store/SqliteStatement.h"
#include "store/StoreAccess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QTemporaryFile>
#include <QtEndian>

#include <algorithm>
#include <iterator>
#include <sqlite3.h>

namespace Spyline {

namespace {

// The SQLite library the store calls, checked once: a library too old for what the store was built
// to use, or one without full-text search, refuses every collection with the reason.
Status libraryIsUsable()
{
    static const Status usable = checkSqliteLibrary(SqliteLibrary::builtAgainst(), SqliteLibrary::loaded());
    return usable;
}

// edtf_latest_day(text): the latest day a stored date (a source's publication) can mean, or NULL
// when it is empty or not a date; so that "what was public by a day" is one SQL condition
// (CaseSearch::whereClause) that every view shares.
void edtfLatestDay(sqlite3_context* context, int, sqlite3_value** values)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(values[0]));
    const int bytes = sqlite3_value_bytes(values[0]);
    if (!text || bytes == 0) {
        sqlite3_result_null(context);
        return;
    }
    const auto date = PartialDate::parse(QString::fromUtf8(text, bytes));
    if (!date || date->isNull())
        sqlite3_result_null(context);
    else
        sqlite3_result_int64(context, date->latestDay());
}

} // namespace

QString Store::migrationScript(int version)
{
    return schemaMigration(SchemaBackend::Sqlite, version);
}

namespace {

QString sqliteMessage(sqlite3* db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// One whole number from a statement such as "PRAGMA user_version"; the failure says why.
Result<qint64> readInteger(sqlite3* db, const char* sql, int* errorCode = nullptr)
{
    SqliteStatement statement;
    const bool prepared = statement.prepare(db, sql).ok();
    const bool found = prepared && statement.step();
    const int code = found || (prepared && !statement.failed()) ? SQLITE_OK : statement.errorCode();
    if (errorCode)
        *errorCode = code;
    if (code != SQLITE_OK)
        return fail(describeSqliteFailure(code, sqliteMessage(db)));
    return found ? statement.columnInt(0) : 0;
}

struct SchemaObject
{
    QString type;
    QString name;
    QString sql;
    bool operator==(const SchemaObject& other) const = default;
};

Result<QList<SchemaObject>> readSchema(sqlite3* db)
{
    SqliteStatement statement;
    if (Status s =
            statement.prepare(db,
                              QStringLiteral("SELECT type, name, coalesce(sql, '') FROM sqlite_schema "
                                             "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name"));
        !s) {
        return fail(s.error());
    }
    QList<SchemaObject> objects;
    while (statement.step()) {
        const auto text = [&](int column) { return QString::fromUtf8(statement.columnBytes(column)); };
        objects.append({text(0), text(1), text(2)});
    }
    if (statement.failed())
        return fail(statement.error());
    return objects;
}

Status applyMigrations(sqlite3* db, int fromVersion, int toVersion)
{
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        const QString script = Store::migrationScript(version);
        if (script.isEmpty())
            return fail(Store::tr("the upgrade to schema %1 is missing from this build").arg(version));
        if (Status s = runScript(db, script); !s)
            return fail(Store::tr("upgrading to schema %1 failed: %2").arg(version).arg(s.error()));
        if (Status s = runScript(db, QStringLiteral("PRAGMA user_version = %1").arg(version)); !s)
            return s;
    }
    return {};
}

// Spyline's own schema at `version`, read back from a private in-memory database built by the
// same migrations: what a collection's schema must be, object by object and text by text.
Result<QList<SchemaObject>> expectedSchema(int version)
{
    static QMutex mutex;
    static QHash<int, QList<SchemaObject>> cache;
    QMutexLocker locker(&mutex);
    if (auto it = cache.constFind(version); it != cache.constEnd())
        return *it;
    sqlite3* db = nullptr;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
        sqlite3_close(db);
        return fail(Store::tr("cannot open an in-memory database"));
    }
    QString error;
    Result<QList<SchemaObject>> schema = fail(QString());
    if (!registerSearchTokenizer(db, &error))
        schema = fail(error);
    else if (Status s = applyMigrations(db, 0, version); !s)
        schema = fail(s.error());
    else
        schema = readSchema(db);
    sqlite3_close(db);
    if (schema)
        cache.insert(version, *schema);
    return schema;
}

// Checks the file's first page without SQLite: its magic and, where the header vouches for it,
// that the file holds as many pages as the header says (a truncated copy does not).
Status checkHeader(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Store::tr("%1 cannot be read: %2").arg(name, file.errorString()));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fail(Store::tr("%1 is not a Spyline collection: it is not an SQLite database").arg(name));
    const auto be16 = [&](int offset) { return qFromBigEndian<quint16>(header.constData() + offset); };
    const auto be32 = [&](int offset) { return qFromBigEndian<quint32>(header.constData() + offset); };
    const quint32 pageSize = be16(16) == 1 ? 65536u : be16(16);
    const quint32 pageCount = be32(28);
    const bool sizeIsValid = be32(24) == be32(92) && pageCount > 0;
    const bool walPresent = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (sizeIsValid && !walPresent && static_cast<quint64>(file.size()) < quint64(pageSize) * pageCount) {
        return fail(Store::tr("%1 is damaged: it is cut short (%2 of %3 bytes)")
                        .arg(name)
                        .arg(file.size())
                        .arg(quint64(pageSize) * pageCount));
    }
    return {};
}

// Reference data: every country the catalog knows is in the table, so references can be checked.
// Asked outside a transaction, so that a collection already in step is never locked for it.
Result<bool> countriesNeedSync(sqlite3* db)
{
    auto count = readInteger(db, "SELECT count(*) FROM countries");
    if (!count)
        return fail(count.error());
    return *count != CountryCatalog::all().size();
}

Status syncCountries(sqlite3* db)
{
    SqliteStatement insert;
    if (Status s = insert.prepare(db, "INSERT OR IGNORE INTO countries (code, name, former) VALUES (?, ?, ?)"); !s)
        return s;
    for (const Country& country : CountryCatalog::all()) {
        insert.bind(1, country.code);
        insert.bind(2, country.name);
        insert.bind(3, country.former ? 1 : 0);
        if (Status s = insert.run(); !s)
            return s;
    }
    return {};
}

} // namespace

Store::Store(QObject* parent)
    : QObject(parent)
{
}

Store::~Store()
{
    close();
}

bool Store::isOpen() const
{
    return m_handle != nullptr;
}

sqlite3* connectionOf(const Store& store)
{
    return store.m_handle;
}

Status Store::connect(const QString& path, bool readOnly)
{
    if (Status s = libraryIsUsable(); !s)
        return s;
    // Through the SQLite library Spyline links and no other: the library that runs the statements is
    // the one that reads and writes the file. One connection serves one thread at a time.
    const int flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE;
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString error = db ? sqliteMessage(db) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return fail(Store::tr("%1 cannot be opened: %2").arg(QFileInfo(path).fileName(), error));
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
    m_handle = db;
    m_path = path;
    m_readOnly = readOnly;
    // Defensive from the first statement: no writes to the schema tables, no untrusted functions in
    // schema objects until the schema is known to be Spyline's own.
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    QString error;
    if (!registerSearchTokenizer(m_handle, &error)) {
        close();
        return fail(error);
    }
    return {};
}

Status Store::create(const QString& path)
{
    close();
    const bool inMemory = path == QStringLiteral(":memory:");
    if (!inMemory && QFileInfo::exists(path))
        return fail(Store::tr("%1 already exists; Spyline does not overwrite it").arg(QFileInfo(path).fileName()));
    if (Status s = connect(path, false); !s)
        return s;
    Status s = runScript(m_handle, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
    if (s) {
        s = transact([&]() -> Status {
            if (Status m = applyMigrations(m_handle, 0, SchemaVersion); !m)
                return m;
            return syncCountries(m_handle);
        });
    }
    if (s)
        s = configure();
    if (!s) {
        close();
        if (!inMemory) {
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        }
        return fail(Store::tr("%1 could not be created: %2").arg(QFileInfo(path).fileName(), s.error()));
    }
    return {};
}

Status Store::open(const QString& path, Access access)
{
    close();
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return fail(Store::tr("%1 does not exist").arg(path));
    if (!info.isFile())
        return fail(Store::tr("%1 is not a file").arg(path));
    if (Status s = checkHeader(path); !s)
        return s;
    // The owner's write bit counts too: a file marked read-only stays unchanged even for root.
    const bool writable =
        info.isWritable() && info.permission(QFile::WriteOwner) && QFileInfo(info.absolutePath()).isWritable();
    // A reading command keeps a writable connection where it may (a read-only connection to a WAL
    // collection leaves its -wal and -shm files behind) but never writes through it.
    if (Status s = connect(path, access == Access::ReadOnly || !writable); !s)
        return s;
    if (access == Access::Read)
        m_readOnly = true;

    const auto refuse = [&](const QString& message) {
        close();
        return Status(fail(message));
    };
    int code = SQLITE_OK;
    auto applicationId = readInteger(m_handle, "PRAGMA application_id", &code);
    auto version = applicationId ? readInteger(m_handle, "PRAGMA user_version", &code)
                                 : Result<qint64>(fail(applicationId.error()));
    if (!version) {
        if ((code & 0xFF) == SQLITE_NOTADB || (code & 0xFF) == SQLITE_CORRUPT)
            return refuse(Store::tr("%1 is not a Spyline collection: %2").arg(name, version.error()));
        return refuse(Store::tr("%1 cannot be read: %2").arg(name, version.error()));
    }
    if (qint32(*applicationId) != ApplicationId)
        return refuse(Store::tr("%1 is an SQLite database, but not a Spyline collection").arg(name));
    if (*version > SchemaVersion) {
        return refuse(Store::tr("%1 was written by a newer Spyline (schema %2); this version reads schemas up to %3. "
                                "Update Spyline to open it.")
                          .arg(name)
                          .arg(*version)
                          .arg(SchemaVersion));
    }
    if (*version < 1)
        return refuse(Store::tr("%1 is not a Spyline collection: it has no schema").arg(name));
    if (Status s = verifySchema(int(*version)); !s)
        return refuse(s.error());
    if (*version < SchemaVersion) {
        if (access == Access::Read)
            return openUpgradedCopy(path);
        if (m_readOnly)
            return refuse(
                Store::tr("%1 needs an upgrade to schema %2, but it is read-only").arg(name).arg(SchemaVersion));
        if (Status s = migrate(int(*version)); !s)
            return refuse(Store::tr("%1 could not be upgraded: %2").arg(name, s.error()));
    }
    if (Status s = configure(); !s)
        return refuse(Store::tr("%1 cannot be used: %2").arg(name, s.error()));
    if (!m_readOnly) {
        auto needed = countriesNeedSync(m_handle);
        if (!needed)
            return refuse(Store::tr("%1 cannot be used: %2").arg(name, needed.error()));
        if (*needed) {
            if (Status s = transact([&] { return syncCountries(m_handle); }); !s)
                return refuse(Store::tr("%1 cannot be used: %2").arg(name, s.error()));
        }
    }
    return {};
}

Status Store::openUpgradedCopy(const QString& path)
{
    // Reading an older collection must not change it: the upgrade runs on a private copy.
    QString copy;
    {
        QTemporaryFile reserve(QDir::temp().filePath(QStringLiteral("spyline-read-XXXXXX.spyline")));
        if (!reserve.open())
            return fail(Store::tr("%1 cannot be read: no room for a temporary copy (%2)")
                            .arg(QFileInfo(path).fileName(), reserve.errorString()));
        copy = reserve.fileName();
    }
    QFile::remove(copy);
    Status s = saveCopyAs(copy);
    close();
    if (s)
        s = open(copy, Access::ReadWrite);
    if (!s) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(copy + suffix);
        return fail(Store::tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), s.error()));
    }
    m_temporaryCopy = copy;
    m_path = path;
    m_readOnly = true;
    return {};
}

Status Store::verifySchema(int version) const
{
    const auto expected = expectedSchema(version);
    if (!expected)
        return expected.status();
    const auto actual = readSchema(m_handle);
    const QString name = QFileInfo(m_path).fileName();
    if (!actual)
        return fail(Store::tr("%1 is not a Spyline collection: %2").arg(name, actual.error()));
    QStringList unexpected;
    for (const auto& object : *actual) {
        if (!expected->contains(object))
            unexpected.append(object.type + u' ' + object.name);
    }
    QStringList missing;
    for (const auto& object : *expected) {
        if (!actual->contains(object))
            missing.append(object.type + u' ' + object.name);
    }
    if (!unexpected.isEmpty()) {
        return fail(Store::tr("%1 is not a Spyline collection as written by Spyline: it holds objects Spyline did not "
                              "create or that were changed (%2)")
                        .arg(name, unexpected.mid(0, 3).join(QStringLiteral(", "))));
    }
    if (!missing.isEmpty()) {
        return fail(Store::tr("%1 is damaged: it lacks %2").arg(name, missing.mid(0, 3).join(QStringLiteral(", "))));
    }
    return {};
}

Status Store::migrate(int fromVersion)
{
    return transact([&] { return applyMigrations(m_handle, fromVersion, SchemaVersion); });
}

Status Store::configure()
{
    // The schema is now known to be exactly Spyline's own, so its triggers may run: FTS5 tables are
    // not marked innocuous, and SQLite refuses them in triggers while trusted_schema is off.
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 1, nullptr);
    if (sqlite3_create_function_v2(m_handle, "edtf_latest_day", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                   &edtfLatestDay, nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(m_handle)));
    QString pragmas = QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; "
                                     "PRAGMA cache_size = -65536;");
    if (!m_readOnly && m_path != QStringLiteral(":memory:"))
        pragmas += QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
    return runScript(m_handle, pragmas);
}

void Store::close()
{
    if (!m_handle)
        return;
    // Planner statistics only for a collection that was written to: reading changes nothing.
    if (m_wrote && !m_readOnly && m_depth == 0)
        sqlite3_exec(m_handle, "PRAGMA optimize", nullptr, nullptr, nullptr);
    // A statement still held elsewhere keeps the connection until it is finalized.
    sqlite3_close_v2(m_handle);
    if (!m_temporaryCopy.isEmpty()) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_temporaryCopy + suffix);
        m_temporaryCopy.clear();
    }
    m_handle = nullptr;
    m_path.clear();
    m_readOnly = false;
    m_wrote = false;
    m_depth = 0;
    m_pending = {};
}

Status Store::checkpoint()
{
    if (!isOpen())
        return fail(Store::tr("no collection is open"));
    int logFrames = 0;
    int copiedFrames = 0;
    const int rc = sqlite3_wal_checkpoint_v2(m_handle, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &copiedFrames);
    if (rc != SQLITE_OK)
        return fail(describeSqliteFailure(sqlite3_extended_errcode(m_handle), sqliteMessage(m_handle)));
    if (logFrames > 0 && copiedFrames < logFrames)
        return fail(Store::tr("the journal could not be folded into the collection: another program still reads it"));
    return {};
}

Status Store::checkFileIsWhole(const QString& path)
{
    if (Status s = checkHeader(path); !s)
        return s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Store::tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    const QByteArray header = file.read(100);
    const auto be16 = [&](int offset) { return qFromBigEndian<quint16>(header.constData() + offset); };
    const auto be32 = [&](int offset) { return qFromBigEndian<quint32>(header.constData() + offset); };
    const quint64 pageSize = be16(16) == 1 ? 65536u : be16(16);
    const quint64 expected = pageSize * be32(28);
    if (be32(24) != be32(92) || quint64(file.size()) != expected) {
        return fail(Store::tr("%1 is not whole: it holds %2 bytes where its header promises %3")
                        .arg(QFileInfo(path).fileName())
                        .arg(file.size())
                        .arg(expected));
    }
    return {};
}

void Store::setBusyTimeout(int milliseconds)
{
    if (m_handle)
        sqlite3_busy_timeout(m_handle, milliseconds);
}

Status Store::setCacheSize(int kibibytes)
{
    if (!isOpen())
        return fail(Store::tr("no collection is open"));
    return execute(QStringLiteral("PRAGMA cache_size = -%1").arg(std::max(kibibytes, 0)));
}

QString Store::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

Status Store::execute(const QString& statement) const
{
    return runScript(m_handle, statement);
}

Status Store::transact(const std::function<Status()>& work)
{
    if (!isOpen())
        return fail(Store::tr("no collection is open"));
    if (m_readOnly)
        return fail(Store::tr("%1 is open read-only").arg(QFileInfo(m_path).fileName()));
    const bool outermost = m_depth == 0;
    const QString savepoint = QStringLiteral("spyline_%1").arg(m_depth);
    if (Status s = execute(outermost ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint);
        !s) {
        return s;
    }
    ++m_depth;
    Status result = work();
    --m_depth;
    if (result && outermost && m_beforeCommit)
        result = m_beforeCommit();
    if (result) {
        result = execute(outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint);
        if (result) {
            if (outermost) {
                m_wrote = true;
                // The committed change into the file itself where no reader holds an older state, so
                // that a copy of the file alone, taken between changes, is the whole collection.
                sqlite3_wal_checkpoint_v2(m_handle, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
            }
            if (outermost && m_pending) {
                const Changes changes = m_pending;
                m_pending = {};
                Q_EMIT changed(changes);
            }
            return result;
        }
    }
    if (outermost) {
        (void)execute(QStringLiteral("ROLLBACK"));
        m_pending = {};
    } else {
        (void)execute(QStringLiteral("ROLLBACK TO %1; RELEASE %1").arg(savepoint));
    }
    return result;
}

void Store::noteChange(Changes what)
{
    if (m_depth > 0) {
        m_pending |= what;
    } else {
        Q_EMIT changed(what);
    }
}

Status Store::checkIntegrity() const
{
    if (!isOpen())
        return fail(Store::tr("no collection is open"));
    auto query = runQuery(*this, QStringLiteral("PRAGMA integrity_check"));
    if (!query)
        return fail(query.error());
    QStringList problems;
    while (query->next()) {
        const QString line = query->value(0).toString();
        if (line != QStringLiteral("ok"))
            problems.append(line);
    }
    query = runQuery(*this, QStringLiteral("PRAGMA foreign_key_check"));
    if (!query)
        return fail(query.error());
    while (query->next()) {
        problems.append(Store::tr("%1 row %2 refers to a missing %3 row")
                            .arg(query->value(0).toString(), query->value(1).toString(), query->value(2).toString()));
    }
    // Derived columns must agree with the rows they are derived from.
    query = runQuery(
        *this,
        QStringLiteral(
            "SELECT count(*) FROM cases c LEFT JOIN (SELECT case_id, min(date_from) AS first, "
            "max(coalesce(end_to, date_to)) AS last, "
            "min(CASE WHEN kind = 'announcement' THEN date_from * 4294967296 + date_to END) AS disclosed "
            "FROM events WHERE case_id IS NOT NULL GROUP BY case_id) e ON e.case_id = c.id "
            "WHERE c.first_day IS NOT e.first OR c.last_day IS NOT e.last "
            "OR c.disclosed_day IS NOT e.disclosed / 4294967296 OR c.disclosed_to IS NOT e.disclosed % 4294967296"));
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(sqliteMessage(m_handle));
    if (const int stale = query->value(0).toInt(); stale > 0)
        problems.append(Store::tr("%1 cases have a stale date span").arg(stale));
    if (!m_readOnly) {
        for (const char* table : {"cases_fts", "actors_fts", "events_fts", "sources_fts"}) {
            const QString name = QString::fromLatin1(table);
            SqliteStatement check;
            Status s =
                check.prepare(m_handle, QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(name));
            if (s)
                s = check.run();
            if (!s)
                problems.append(name + QStringLiteral(": ") + s.error());
        }
    }
    if (!problems.isEmpty())
        return fail(problems.mid(0, 5).join(QStringLiteral("; ")));
    return {};
}

Status Store::saveCopyAs(const QString& path) const
{
    if (!isOpen())
        return fail(Store::tr("no collection is open"));
    if (QFileInfo::exists(path))
        return fail(Store::tr("%1 already exists").arg(path));
    SqliteStatement copy;
    Status s = copy.prepare(m_handle, QStringLiteral("VACUUM INTO ?"));
    if (s) {
        copy.bindVerbatim(1, path);
        s = copy.run();
    }
    if (!s)
        return fail(Store::tr("the copy could not be written to %1: %2").arg(path, s.error()));
    return {};
}

} // namespace Spyline
