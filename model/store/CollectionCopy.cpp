#include "store/CollectionCopy.h"

#include "store/BulkLoad.h"
#include "store/ChangeLog.h"
#include "store/CollectionFile.h"
#include "store/PostgresStatement.h"
#include "store/RecordTables.h"
#include "store/ServerAddress.h"
#include "store/ServerCollection.h"
#include "store/SqliteSqlStatement.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"
#include "store/StoreAccess.h"
#include "store/TableTransfer.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <iterator>
#include <memory>

namespace Spyline {

namespace {

struct CollectionCopy
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::CollectionCopy)
};

// One end of a copy: a file (through the store's SQLite connection) or a server collection, both
// spoken to through the statement interface they share.
class Side
{
public:
    virtual ~Side() = default;
    virtual Result<std::unique_ptr<SqlStatement>> prepare(const QString& sql) = 0;
    // A statement that lists a table's columns in order, the table's name its one value.
    virtual QString columnsOfTable() const = 0;
    virtual Status deferForeignKeys() = 0;
    // After rows came in with their ids: what the backend needs to give new records new ids.
    virtual Status finishCopy() = 0;
    virtual QString name() const = 0;
    // The server or the file behind the side, for the transfers that stream whole tables.
    virtual PostgresConnection* server()
    {
        return nullptr;
    }
    virtual Store* file()
    {
        return nullptr;
    }
};

class FileSide final : public Side
{
public:
    explicit FileSide(Store& store)
        : m_store(store)
    {
    }
    Result<std::unique_ptr<SqlStatement>> prepare(const QString& sql) override
    {
        auto statement = std::make_unique<SqliteSqlStatement>();
        if (Status s = statement->prepare(connectionOf(m_store), sql); !s)
            return fail(s.error());
        return std::unique_ptr<SqlStatement>(std::move(statement));
    }
    QString columnsOfTable() const override
    {
        return QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid");
    }
    Status deferForeignKeys() override
    {
        return runScript(connectionOf(m_store), QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    }
    Status finishCopy() override
    {
        return {};
    }
    QString name() const override
    {
        return QFileInfo(m_store.path()).fileName();
    }
    Store* file() override
    {
        return &m_store;
    }

private:
    Store& m_store;
};

class ServerSide final : public Side
{
public:
    explicit ServerSide(ServerCollection& collection)
        : m_collection(collection)
    {
    }
    Result<std::unique_ptr<SqlStatement>> prepare(const QString& sql) override
    {
        return std::unique_ptr<SqlStatement>(std::make_unique<PostgresStatement>(m_collection.connection(), sql));
    }
    QString columnsOfTable() const override
    {
        return QStringLiteral("SELECT column_name FROM information_schema.columns "
                              "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position");
    }
    Status deferForeignKeys() override
    {
        return m_collection.connection().runScript(QStringLiteral("SET CONSTRAINTS ALL DEFERRED"));
    }
    Status finishCopy() override
    {
        // Identity columns count on from the largest id copied in.
        for (const RecordTable& table : recordTables) {
            if (QByteArray(table.key) != "id")
                continue;
            const QString name = QString::fromLatin1(table.name);
            const QString sql = QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                               "coalesce(max(id), 0) + 1, false) FROM %1")
                                    .arg(name);
            if (Status s = m_collection.connection().runScript(sql); !s)
                return s;
        }
        return {};
    }
    QString name() const override
    {
        return m_collection.address();
    }
    PostgresConnection* server() override
    {
        return &m_collection.connection();
    }

private:
    ServerCollection& m_collection;
};

Result<QStringList> columnsOf(Side& side, const QString& table)
{
    auto statement = side.prepare(side.columnsOfTable());
    if (!statement)
        return fail(statement.error());
    if (Status s = (*statement)->exec({table}); !s)
        return fail(s.error());
    QStringList columns;
    while ((*statement)->next())
        columns.append((*statement)->value(0).toString());
    if (columns.isEmpty())
        return fail(CollectionCopy::tr("%1 has no table %2").arg(side.name(), table));
    return columns;
}

// How many records the collection holds, the reference data (countries) aside.
Result<qint64> countRecords(Side& side)
{
    qint64 total = 0;
    for (const RecordTable& table : recordTables) {
        if (QByteArray(table.name) == "countries")
            continue;
        auto count = side.prepare(QStringLiteral("SELECT count(*) FROM ") + QLatin1StringView(table.name));
        if (!count)
            return fail(count.error());
        if (Status s = (*count)->exec(); !s)
            return fail(s.error());
        if ((*count)->next())
            total += (*count)->value(0).toLongLong();
    }
    return total;
}

void countInto(ImportReport& report, const QByteArray& table, int rows)
{
    if (table == "cases")
        report.cases = rows;
    else if (table == "actors")
        report.actors = rows;
    else if (table == "events")
        report.events = rows;
    else if (table == "sources")
        report.sources = rows;
    else if (table == "links")
        report.links = rows;
}

// Copies the rows of one table one by one, through the statement interface both backends share.
Result<qint64> copyRowByRow(Side& from, Side& to, const QString& name, const QStringList& columns,
                            const QString& select, const QString& insertSql, const RowsMoved& moved)
{
    auto read = from.prepare(select);
    if (!read)
        return fail(read.error());
    auto insert = to.prepare(insertSql);
    if (!insert)
        return fail(insert.error());
    if (Status s = (*read)->exec(); !s)
        return fail(CollectionCopy::tr("%1 cannot be read: %2").arg(from.name(), s.error()));
    qint64 rows = 0;
    QVariantList values;
    values.reserve(columns.size());
    while ((*read)->next()) {
        values.clear();
        for (int column = 0; column < columns.size(); ++column)
            values.append((*read)->value(column));
        if (Status s = (*insert)->exec(values); !s) {
            return fail(CollectionCopy::tr("%1: %2 row %3 could not be written: %4")
                            .arg(to.name(), name, values.value(0).toString(), s.error()));
        }
        ++rows;
        if (moved && rows % 4096 == 0 && !moved(rows))
            return fail(CollectionCopy::tr("the copy was cancelled"));
    }
    if ((*read)->failed())
        return fail(CollectionCopy::tr("%1 cannot be read: %2").arg(from.name(), (*read)->error()));
    return rows;
}

// Copies every record of `from` into `to`, inside the transaction the caller holds on `to` and the
// consistent view it holds on `from`. From a server into a file, each table is streamed with COPY.
Result<ImportReport> copyRecords(Side& from, Side& to, ExistingCollection existing, const CopyProgress& progress = {})
{
    auto held = countRecords(to);
    if (!held)
        return fail(held.error());
    if (*held > 0 && existing == ExistingCollection::Refuse) {
        return fail(CollectionCopy::tr("%1 already holds records; Spyline does not copy over them (add --replace "
                                       "to replace them with the copy)")
                        .arg(to.name()));
    }
    if (Status s = to.deferForeignKeys(); !s)
        return fail(s.error());
    if (*held > 0) {
        for (auto table = std::rbegin(recordTables); table != std::rend(recordTables); ++table) {
            if (QByteArray(table->name) == "countries")
                continue;
            auto remove = to.prepare(QStringLiteral("DELETE FROM ") + QLatin1StringView(table->name));
            if (!remove)
                return fail(remove.error());
            if (Status s = (*remove)->exec(); !s)
                return fail(s.error());
        }
    }
    qint64 total = 0;
    if (progress) {
        auto records = countRecords(from);
        if (!records)
            return fail(records.error());
        total = *records;
        if (!progress(0, total))
            return fail(CollectionCopy::tr("the copy was cancelled"));
    }
    qint64 done = 0;
    ImportReport report;
    for (const RecordTable& table : recordTables) {
        const QString name = QString::fromLatin1(table.name);
        auto columns = columnsOf(from, name);
        if (!columns)
            return fail(columns.error());
        auto targetColumns = columnsOf(to, name);
        if (!targetColumns)
            return fail(targetColumns.error());
        if (*columns != *targetColumns) {
            return fail(CollectionCopy::tr("the table %1 differs between %2 and %3 (%4 / %5)")
                            .arg(name, from.name(), to.name(), columns->join(u','), targetColumns->join(u',')));
        }
        const QString list = columns->join(QStringLiteral(", "));
        QStringList placeholders;
        placeholders.fill(QStringLiteral("?"), columns->size());
        QString insertSql =
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(name, list, placeholders.join(QStringLiteral(", ")));
        // The catalog's countries are in every collection already; the copy's own names win.
        if (name == QStringLiteral("countries"))
            insertSql +=
                QStringLiteral(" ON CONFLICT (code) DO UPDATE SET name = excluded.name, former = excluded.former");
        const bool isReference = name == QStringLiteral("countries");
        const RowsMoved moved = [&](qint64 rows) { return !progress || isReference || progress(done + rows, total); };
        const QString select =
            QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(list, name, QLatin1StringView(table.key));
        // Between a server and a file, whole tables stream with COPY; the countries, merged into the
        // catalog the target has already, go row by row.
        auto rows = from.server() && to.file()
            ? copyTableFromServer(*from.server(), *to.file(), name, select, insertSql, moved)
            : from.file() && to.server() && !isReference
            ? copyTableToServer(*from.file(), *to.server(), name, *columns, select, moved)
            : copyRowByRow(from, to, name, *columns, select, insertSql, moved);
        if (!rows)
            return fail(rows.error());
        if (!isReference)
            done += *rows;
        countInto(report, table.name, int(*rows));
    }
    if (Status s = to.finishCopy(); !s)
        return fail(s.error());
    return report;
}

// A consistent view of a file while its records are read: one read transaction.
Status readFileSnapshot(Store& store, const std::function<Status()>& work)
{
    if (Status s = runScript(connectionOf(store), QStringLiteral("BEGIN")); !s)
        return s;
    Status result = work();
    (void)runScript(connectionOf(store), QStringLiteral("COMMIT"));
    return result;
}

// Runs `work` with the source open and read on one consistent view of it.
Status withSource(const QString& from, const CopyOptions& options, const std::function<Status(Side&)>& work)
{
    if (isServerAddress(from)) {
        ServerCollection source;
        source.connection().setPassword(options.sourcePassword);
        if (Status s = source.open(from, ServerCollection::Access::Read); !s) {
            if (options.sourceNeedsPassword)
                *options.sourceNeedsPassword = source.connection().neededPassword();
            return s;
        }
        ServerSide side(source);
        return source.readSnapshot([&]() -> Status {
            if (options.sourceChangeSequence && source.hasChangeLog()) {
                auto last = lastChangeSequence(source);
                if (!last)
                    return last.status();
                *options.sourceChangeSequence = *last;
            }
            if (options.sourceIdentity && source.hasChangeLog()) {
                auto identity = changeLogIdentity(source);
                if (!identity)
                    return identity.status();
                *options.sourceIdentity = *identity;
            }
            if (options.readSourceFirst) {
                if (Status s = options.readSourceFirst(source.connection()); !s)
                    return s;
            }
            return work(side);
        });
    }
    if (!QFileInfo::exists(from))
        return fail(CollectionCopy::tr("%1 does not exist").arg(from));
    Store source;
    if (Status s = source.open(from, Store::Access::Read); !s)
        return s;
    FileSide side(source);
    return readFileSnapshot(source, [&] { return work(side); });
}

bool sameCollection(const QString& a, const QString& b)
{
    if (isServerAddress(a) || isServerAddress(b))
        return a == b;
    const QFileInfo first(a);
    const QFileInfo second(b);
    return first.exists() && second.exists() && first.canonicalFilePath() == second.canonicalFilePath();
}

} // namespace

Result<ImportReport> copyCollection(const QString& from, const QString& to, ExistingCollection existing)
{
    CopyOptions options;
    options.existing = existing;
    return copyCollection(from, to, options);
}

Result<ImportReport> copyCollection(const QString& from, const QString& to, const CopyOptions& options)
{
    if (sameCollection(from, to))
        return fail(CollectionCopy::tr("%1 is both the source and the target of the copy").arg(from));
    // A role that may not write there is told so before anything is read or written.
    if (isServerAddress(to)) {
        ServerCollection target;
        if (Status s = target.checkWritable(to); !s)
            return fail(s.error());
    }
    ImportReport report;
    const Status copied = withSource(from, options, [&](Side& source) -> Status {
        const auto copyInto = [&](Side& target, const std::function<Status(const std::function<Status()>&)>& transact) {
            return transact([&]() -> Status {
                auto copiedRecords = copyRecords(source, target, options.existing, options.progress);
                if (!copiedRecords)
                    return copiedRecords.status();
                report = *copiedRecords;
                return {};
            });
        };
        if (isServerAddress(to)) {
            ServerCollection target;
            if (Status s = target.openOrCreate(to); !s)
                return s;
            ServerSide side(target);
            return copyInto(side, [&](const std::function<Status()>& work) { return target.transact(work); });
        }
        if (!QFileInfo::exists(to)) {
            // Into a new, empty file: one bulk load, its indexes and full-text index built once.
            return buildCollectionFile(to, [&](Store& store) {
                FileSide side(store);
                return copyInto(side, [&](const std::function<Status()>& work) {
                    return BulkLoad::run(store, [&](bool) { return work(); });
                });
            });
        }
        Store target;
        if (Status s = target.open(to); !s)
            return s;
        FileSide side(target);
        if (Status s = copyInto(side, [&](const std::function<Status()>& work) { return target.transact(work); }); !s)
            return s;
        return target.checkpoint();
    });
    if (!copied)
        return fail(copied.error());
    return report;
}

Status createServerCollection(const QString& address, bool withSample)
{
    if (withSample) {
        // A role that may not make a collection there is told so before the sample is read.
        ServerCollection target;
        if (Status s = target.checkWritable(address); !s)
            return s;
    }
    if (!withSample) {
        ServerCollection collection;
        return collection.create(address);
    }
    // The sample is read into a private collection in memory first, then copied to the server.
    Store sample;
    if (Status s = sample.create(QStringLiteral(":memory:")); !s)
        return s;
    if (auto imported = importSample(sample); !imported)
        return imported.status();
    ServerCollection target;
    if (Status s = target.create(address); !s)
        return s;
    FileSide source(sample);
    ServerSide side(target);
    return target.transact([&]() -> Status {
        auto copied = copyRecords(source, side, ExistingCollection::Refuse);
        return copied ? Status() : copied.status();
    });
}

Status dumpCollection(const QString& db, DumpFormat format, const QString& out)
{
    Store store;
    if (isServerAddress(db)) {
        // The server's records are read on one consistent view into a private collection in memory,
        // which the same writer as a file's then writes out.
        ServerCollection source;
        if (Status s = source.open(db, ServerCollection::Access::Read); !s)
            return s;
        if (Status s = store.create(QStringLiteral(":memory:")); !s)
            return s;
        ServerSide from(source);
        FileSide to(store);
        const Status read = source.readSnapshot([&] {
            return store.transact([&]() -> Status {
                auto copied = copyRecords(from, to, ExistingCollection::Refuse);
                return copied ? Status() : copied.status();
            });
        });
        if (!read)
            return fail(CollectionCopy::tr("%1 cannot be read: %2").arg(db, read.error()));
    } else if (Status s = store.open(db, Store::Access::Read); !s) {
        return s;
    }
    return format == DumpFormat::Json ? exportJson(store, out) : exportCsv(store, out);
}

} // namespace Spyline
