#include "store/ServerSync.h"

#include "store/ChangeLog.h"
#include "store/PostgresConnection.h"
#include "store/PostgresStatement.h"
#include "store/RecordTables.h"
#include "store/ServerChangeListener.h"
#include "store/ServerCollection.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"
#include "store/StoreAccess.h"

#include <QLocale>
#include <QSet>

#include <functional>

#include <algorithm>
#include <iterator>
#include <optional>

namespace Spyline {

size_t qHash(const RecordKey& record, size_t seed)
{
    return qHashMulti(seed, record.table, record.key);
}

namespace {

// How many changes of the log are read at a time, and how many records fetched by one statement.
constexpr int ChangesAtOnce = 10000;
constexpr int RecordsAtOnce = 5000;

int orderOf(const QString& table)
{
    for (int i = 0; i < int(std::size(recordTables)); ++i) {
        if (table == QLatin1StringView(recordTables[i].name))
            return i;
    }
    return -1;
}

QStringList keyColumns(const RecordTable& table)
{
    return QString::fromLatin1(table.key).split(u',');
}

bool keyedById(const RecordTable& table)
{
    return QByteArrayView(table.key) == "id";
}

// A key's values in the order of its columns: the change log joins them with '/', so the last column
// takes whatever follows the one before it.
QVariantList keyValues(const RecordTable& table, const QString& key)
{
    const int columns = int(keyColumns(table).size());
    QVariantList values;
    qsizetype from = 0;
    for (int column = 0; column + 1 < columns; ++column) {
        const qsizetype slash = key.indexOf(u'/', from);
        values.append(key.mid(from, slash < 0 ? -1 : slash - from));
        from = slash < 0 ? key.size() : slash + 1;
    }
    values.append(key.mid(from));
    return values;
}

QString whereKey(const RecordTable& table)
{
    QStringList terms;
    for (const QString& column : keyColumns(table))
        terms.append(column + QStringLiteral(" = ?"));
    return terms.join(QStringLiteral(" AND "));
}

// The key of a row as the change log writes it, in SQL on `row` (NEW or OLD).
QString keyExpression(const RecordTable& table, const QString& row)
{
    QStringList parts;
    for (const QString& column : keyColumns(table))
        parts.append(QStringLiteral("CAST(%1.%2 AS TEXT)").arg(row, column));
    return parts.join(QStringLiteral(" || '/' || "));
}

// INSERT of `columns`, or where a record with the same key is there, an update of it.
QString upsertSql(const RecordTable& table, const QStringList& columns)
{
    QStringList placeholders;
    placeholders.fill(QStringLiteral("?"), columns.size());
    const QStringList key = keyColumns(table);
    QStringList updates;
    for (const QString& column : columns) {
        if (!key.contains(column))
            updates.append(QStringLiteral("%1 = excluded.%1").arg(column));
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO %5")
        .arg(QLatin1StringView(table.name), columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
             key.join(QStringLiteral(", ")),
             updates.isEmpty() ? QStringLiteral("NOTHING") : QStringLiteral("UPDATE SET ") + updates.join(u','));
}

// A PostgreSQL array literal of `values`, each quoted.
QString arrayLiteral(const QStringList& values)
{
    QStringList quoted;
    for (QString value : values) {
        value.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        quoted.append(u'"' + value + u'"');
    }
    return u'{' + quoted.join(u',') + u'}';
}

Change changeOf(const QString& table)
{
    if (table == QStringLiteral("countries"))
        return Change::Countries;
    if (table == QStringLiteral("actors"))
        return Change::Actors;
    if (table == QStringLiteral("cases") || table == QStringLiteral("roles") || table == QStringLiteral("citations"))
        return Change::Cases;
    if (table == QStringLiteral("events"))
        return Change::Events;
    if (table == QStringLiteral("sources"))
        return Change::Sources;
    if (table == QStringLiteral("links"))
        return Change::Links;
    if (table == QStringLiteral("node_positions"))
        return Change::Layout;
    return Change::Everything;
}

RecordValues valuesAsText(const QStringList& columns, const QVariantList& values)
{
    RecordValues text;
    for (int i = 0; i < columns.size() && i < values.size(); ++i)
        text.append({columns.at(i), values.at(i).isNull() ? QString() : values.at(i).toString()});
    return text;
}

// A local change not yet on the server: a record, and whether it was added here.
struct Pending
{
    RecordKey record;
    bool added = false;
};

} // namespace

struct ServerSync::Private
{
    QString copyPath;
    QString address;
    // The copy through a connection of its own, for what comes in from the server; opened on the
    // thread that first needs it.
    std::unique_ptr<Store> puller;
    ServerCollection server;
    Store* edited = nullptr;
    QHash<QString, QStringList> columns;
    // The sequences of the server's log this program wrote, as ranges.
    QList<QPair<qint64, qint64>> ours;
    // The last sequence of each record this program wrote.
    QHash<RecordKey, qint64> ourLastWrite;
    std::optional<qint64> nextSeenAt;
    bool nextIsUndo = false;
    QSet<RecordKey> overwrite;

    Result<Store*> pullerStore()
    {
        if (!puller) {
            auto store = std::make_unique<Store>();
            if (Status s = store->open(copyPath); !s)
                return fail(s.error());
            puller = std::move(store);
        }
        return puller.get();
    }

    // Runs `work` on the server; where the connection was lost (a server restarted), connects again
    // and runs it once more. Running it twice is safe: what failed was rolled back, and what it writes
    // it writes by key.
    Status onServer(const std::function<Status()>& work)
    {
        if (server.isOpen()) {
            Status result = work();
            if (result || !server.connection().isLost())
                return result;
        }
        if (Status s = server.open(address); !s)
            return fail(ServerSync::tr("the server cannot be reached: %1").arg(s.error()));
        return work();
    }

    bool isOurs(qint64 sequence) const
    {
        return std::any_of(ours.begin(), ours.end(),
                           [&](const auto& range) { return sequence >= range.first && sequence <= range.second; });
    }

    // A table's columns in order, as the copy holds them (the server's are the same: the copy was
    // checked column by column when it was taken).
    Result<QStringList> columnsOf(const QString& table)
    {
        if (auto known = columns.constFind(table); known != columns.constEnd())
            return *known;
        // The edited store's own connection where there is one: a change is sent from inside its
        // transaction, which a second connection would have to wait for.
        Store* local = edited;
        if (!local) {
            auto opened = pullerStore();
            if (!opened)
                return fail(opened.error());
            local = *opened;
        }
        SqliteStatement statement;
        if (Status s = statement.prepare(connectionOf(*local),
                                         QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
            !s)
            return fail(s.error());
        if (Status s = statement.exec({table}); !s)
            return fail(s.error());
        QStringList names;
        while (statement.next())
            names.append(statement.value(0).toString());
        if (names.isEmpty())
            return fail(ServerSync::tr("the working copy has no table %1").arg(table));
        columns.insert(table, names);
        return names;
    }

    // The record's values in the copy `local` (`edited` or `puller`); nothing when it is not there.
    Result<std::optional<QVariantList>> localRow(Store& local, const RecordTable& table, const QString& key)
    {
        auto names = columnsOf(QString::fromLatin1(table.name));
        if (!names)
            return fail(names.error());
        SqliteStatement statement;
        const QString sql = QStringLiteral("SELECT %1 FROM main.%2 WHERE %3")
                                .arg(names->join(QStringLiteral(", ")), QLatin1StringView(table.name), whereKey(table));
        if (Status s = statement.prepare(connectionOf(local), sql); !s)
            return fail(s.error());
        if (Status s = statement.exec(keyValues(table, key)); !s)
            return fail(s.error());
        if (!statement.next())
            return std::optional<QVariantList>();
        QVariantList values;
        for (int column = 0; column < names->size(); ++column)
            values.append(statement.value(column));
        return std::optional<QVariantList>(values);
    }

    // The records `keys` of `table` on the server (in the transaction under way), by key.
    Result<QHash<QString, QVariantList>> serverRows(const RecordTable& table, const QStringList& keys)
    {
        auto names = columnsOf(QString::fromLatin1(table.name));
        if (!names)
            return fail(names.error());
        QHash<QString, QVariantList> rows;
        const QStringList key = keyColumns(table);
        QList<int> keyAt;
        for (const QString& column : key)
            keyAt.append(int(names->indexOf(column)));
        const auto readRows = [&](PostgresStatement& statement, const QVariantList& values) -> Status {
            if (Status s = statement.exec(values); !s)
                return s;
            while (statement.next()) {
                QVariantList row;
                for (int column = 0; column < names->size(); ++column)
                    row.append(statement.value(column));
                QStringList keyParts;
                for (int at : keyAt)
                    keyParts.append(row.value(at).toString());
                rows.insert(keyParts.join(u'/'), row);
            }
            return statement.failed() ? Status(fail(statement.error())) : Status();
        };
        const QString select = QStringLiteral("SELECT %1 FROM %2 WHERE ")
                                   .arg(names->join(QStringLiteral(", ")), QLatin1StringView(table.name));
        if (key.size() == 1) {
            // One statement for many records at a time.
            PostgresStatement statement(
                server.connection(),
                select
                    + QStringLiteral("%1 = ANY(?::%2[])")
                          .arg(key.first(), keyedById(table) ? QStringLiteral("bigint") : QStringLiteral("text")));
            for (qsizetype from = 0; from < keys.size(); from += RecordsAtOnce) {
                if (Status s = readRows(statement, {arrayLiteral(keys.mid(from, RecordsAtOnce))}); !s)
                    return fail(s.error());
            }
            return rows;
        }
        PostgresStatement statement(server.connection(), select + whereKey(table));
        for (const QString& one : keys) {
            if (Status s = readRows(statement, keyValues(table, one)); !s)
                return fail(s.error());
        }
        return rows;
    }

    // Every change committed after `since`, in order.
    Result<RecordChanges> changesSince(qint64 since)
    {
        RecordChanges all;
        for (;;) {
            auto some = readChanges(server.connection().handle(), since, ChangesAtOnce);
            if (!some)
                return fail(some.error());
            all += *some;
            if (some->size() < ChangesAtOnce)
                return all;
            since = some->last().sequence;
        }
    }

    // The local changes not yet sent, parents first.
    Result<QList<Pending>> pending()
    {
        SqliteStatement statement;
        if (Status s = statement.prepare(connectionOf(*edited),
                                         QStringLiteral("SELECT record_table, record_key, max(added) FROM "
                                                        "temp.spyline_local_changes GROUP BY 1, 2"));
            !s)
            return fail(s.error());
        if (Status s = statement.exec(); !s)
            return fail(s.error());
        QList<Pending> changes;
        while (statement.next())
            changes.append(
                {{statement.value(0).toString(), statement.value(1).toString()}, statement.columnInt(2) != 0});
        if (statement.failed())
            return fail(statement.error());
        std::stable_sort(changes.begin(), changes.end(), [](const Pending& a, const Pending& b) {
            return orderOf(a.record.table) < orderOf(b.record.table);
        });
        return changes;
    }
};

ServerSync::ServerSync(const QString& copyPath, qint64 syncedTo)
    : d(std::make_unique<Private>())
    , m_syncedTo(syncedTo)
{
    d->copyPath = copyPath;
}

ServerSync::~ServerSync()
{
    untrack();
}

Status ServerSync::connect(const QString& address, const QByteArray& password)
{
    d->address = address;
    d->server.connection().setPassword(password);
    if (Status s = d->server.open(address); !s)
        return s;
    if (!d->server.hasChangeLog())
        return fail(d->server.missingAdditions());
    return {};
}

ServerSync::Login ServerSync::login() const
{
    return {d->address, d->server.connection().password()};
}

void ServerSync::adoptOwnChanges(const ServerSync& other)
{
    for (const auto& range : other.d->ours) {
        if (!d->isOurs(range.first) || !d->isOurs(range.second))
            d->ours.append(range);
    }
    std::sort(d->ours.begin(), d->ours.end());
    for (auto write = other.d->ourLastWrite.cbegin(); write != other.d->ourLastWrite.cend(); ++write) {
        qint64& last = d->ourLastWrite[write.key()];
        last = std::max(last, write.value());
    }
}

Status ServerSync::listen(ServerChangeListener& listener) const
{
    listener.setPassword(d->server.connection().password());
    return listener.start(d->address, m_syncedTo);
}

bool ServerSync::isReadOnly() const
{
    return d->server.isReadOnly();
}

QString ServerSync::readOnlyReason() const
{
    return d->server.readOnlyReason();
}

Status ServerSync::track(Store& edited)
{
    untrack();
    QStringList script {
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS spyline_local_changes "
                       "(record_table TEXT NOT NULL, record_key TEXT NOT NULL, added INTEGER NOT NULL)")};
    for (const RecordTable& table : recordTables) {
        const QString name = QString::fromLatin1(table.name);
        const QString added = keyExpression(table, QStringLiteral("NEW"));
        const QString removed = keyExpression(table, QStringLiteral("OLD"));
        script.append(QStringLiteral("CREATE TEMP TRIGGER spyline_sync_%1_insert AFTER INSERT ON main.%1 BEGIN "
                                     "INSERT INTO spyline_local_changes VALUES ('%1', %2, 1); END")
                          .arg(name, added));
        // A record whose key changes leaves its old key and takes a new one.
        script.append(QStringLiteral("CREATE TEMP TRIGGER spyline_sync_%1_update AFTER UPDATE ON main.%1 BEGIN "
                                     "INSERT INTO spyline_local_changes SELECT '%1', %3, 0 WHERE %3 IS NOT %2; "
                                     "INSERT INTO spyline_local_changes SELECT '%1', %2, %3 IS NOT %2; END")
                          .arg(name, added, removed));
        script.append(QStringLiteral("CREATE TEMP TRIGGER spyline_sync_%1_delete AFTER DELETE ON main.%1 BEGIN "
                                     "INSERT INTO spyline_local_changes VALUES ('%1', %2, 0); END")
                          .arg(name, removed));
    }
    if (Status s = runScript(connectionOf(edited), script.join(QStringLiteral(";\n"))); !s)
        return fail(tr("changes to the working copy cannot be followed: %1").arg(s.error()));
    d->edited = &edited;
    edited.setBeforeCommit([this] { return push(); });
    return {};
}

void ServerSync::untrack()
{
    if (!d->edited)
        return;
    d->edited->setBeforeCommit({});
    if (d->edited->isOpen()) {
        QStringList script;
        for (const RecordTable& table : recordTables) {
            for (const char* operation : {"insert", "update", "delete"})
                script.append(QStringLiteral("DROP TRIGGER IF EXISTS temp.spyline_sync_%1_%2")
                                  .arg(QLatin1StringView(table.name), QLatin1StringView(operation)));
        }
        script.append(QStringLiteral("DROP TABLE IF EXISTS temp.spyline_local_changes"));
        (void)runScript(connectionOf(*d->edited), script.join(QStringLiteral(";\n")));
    }
    d->edited = nullptr;
}

void ServerSync::setNextChangeSeenAt(qint64 sequence)
{
    d->nextSeenAt = sequence;
}

void ServerSync::setNextChangeIsUndo()
{
    d->nextIsUndo = true;
}

void ServerSync::overwriteOnNextChange(const QList<RecordKey>& records)
{
    for (const RecordKey& record : records)
        d->overwrite.insert(record);
}

namespace {

QString kindOf(const QString& table)
{
    if (table == QStringLiteral("cases"))
        return ServerSync::tr("the case");
    if (table == QStringLiteral("events"))
        return ServerSync::tr("the event");
    if (table == QStringLiteral("actors"))
        return ServerSync::tr("the person or organisation");
    if (table == QStringLiteral("sources"))
        return ServerSync::tr("the source");
    if (table == QStringLiteral("roles"))
        return ServerSync::tr("a role in a case");
    if (table == QStringLiteral("citations"))
        return ServerSync::tr("a citation");
    if (table == QStringLiteral("links"))
        return ServerSync::tr("a link between events");
    if (table == QStringLiteral("node_positions"))
        return ServerSync::tr("a position in the graph");
    if (table == QStringLiteral("countries"))
        return ServerSync::tr("the country");
    return ServerSync::tr("a record");
}

} // namespace

QString describeRecord(const RecordKey& record, const RecordValues& values)
{
    for (const char* named : {"title", "name", "summary", "url"}) {
        for (const auto& [column, value] : values) {
            if (column == QLatin1StringView(named) && !value.isEmpty())
                return ServerSync::tr("%1 \u201c%2\u201d").arg(kindOf(record.table), value);
        }
    }
    return ServerSync::tr("%1 (number %2)").arg(kindOf(record.table), record.key);
}

namespace {

QString describeConflicts(const QList<SyncConflict>& conflicts, bool undo)
{
    const SyncConflict& first = conflicts.first();
    const QString what = describeRecord(first.record, first.server.isEmpty() ? first.mine : first.server);
    const QString who = first.changedBy.join(QStringLiteral(", "));
    const QString when = QLocale().toString(first.theirs.changedAt.toLocalTime(), QLocale::ShortFormat);
    QString text;
    if (undo) {
        text = ServerSync::tr("This cannot be undone: %1 changed %2 on the server after you (%3), and undoing now "
                              "would overwrite their change.")
                   .arg(who, what, when);
    } else if (first.sameNumber) {
        text = ServerSync::tr("%1 added a record under the same number a moment ago (%2); save again to store yours "
                              "under a new number.")
                   .arg(who, when);
    } else if (first.theirs.removes()) {
        text = ServerSync::tr("%1 deleted %2 on the server since you opened it (%3).").arg(who, what, when);
    } else {
        text = ServerSync::tr("%1 changed %2 on the server since you opened it (%3).").arg(who, what, when);
    }
    if (conflicts.size() > 1)
        text += u' ' + ServerSync::tr("%n other record(s) too.", nullptr, int(conflicts.size() - 1));
    return text;
}

} // namespace

Status ServerSync::push()
{
    m_conflicts.clear();
    const std::optional<qint64> seenAt = std::exchange(d->nextSeenAt, std::nullopt);
    const bool undo = std::exchange(d->nextIsUndo, false);
    const QSet<RecordKey> overwrite = std::exchange(d->overwrite, {});
    auto pending = d->pending();
    if (!pending)
        return pending.status();
    if (pending->isEmpty())
        return {};
    if (d->server.isReadOnly())
        return fail(tr("the collection on the server may only be read: %1").arg(d->server.readOnlyReason()));
    const auto baseOf = [&](const RecordKey& record) {
        qint64 base = m_syncedTo;
        if (seenAt)
            base = std::min(base, *seenAt);
        if (undo) {
            if (auto written = d->ourLastWrite.constFind(record); written != d->ourLastWrite.constEnd())
                base = std::min(base, *written);
        }
        return base;
    };
    qint64 first = 0;
    qint64 last = -1;
    Status pushed = d->onServer([&] {
        return d->server.transact([&]() -> Status {
            m_conflicts.clear();
            if (Status s = holdChangeLog(d->server); !s)
                return s;
            qint64 oldest = m_syncedTo;
            for (const Pending& change : *pending)
                oldest = std::min(oldest, baseOf(change.record));
            auto changes = d->changesSince(oldest);
            if (!changes)
                return changes.status();
            for (const Pending& change : *pending) {
                if (overwrite.contains(change.record))
                    continue;
                const qint64 base = baseOf(change.record);
                RecordChanges theirs;
                for (const RecordChange& committed : *changes) {
                    if (committed.sequence > base && !d->isOurs(committed.sequence)
                        && committed.table == change.record.table
                        && (committed.key == change.record.key
                            || committed.operation == RecordChange::Operation::Truncate))
                        theirs.append(committed);
                }
                if (theirs.isEmpty())
                    continue;
                const RecordTable& table = recordTables[orderOf(change.record.table)];
                auto mine = d->localRow(*d->edited, table, change.record.key);
                if (!mine)
                    return mine.status();
                auto server = d->serverRows(table, {change.record.key});
                if (!server)
                    return server.status();
                auto names = d->columnsOf(change.record.table);
                if (!names)
                    return names.status();
                SyncConflict conflict;
                conflict.record = change.record;
                conflict.theirs = theirs.last();
                for (const RecordChange& committed : theirs) {
                    if (!conflict.changedBy.contains(committed.changedBy))
                        conflict.changedBy.append(committed.changedBy);
                }
                conflict.sameNumber = change.added && *mine
                    && std::any_of(theirs.cbegin(), theirs.cend(), [](const RecordChange& committed) {
                                          return committed.operation == RecordChange::Operation::Insert;
                                      });
                if (*mine)
                    conflict.mine = valuesAsText(*names, **mine);
                if (auto there = server->constFind(change.record.key); there != server->constEnd())
                    conflict.server = valuesAsText(*names, *there);
                m_conflicts.append(conflict);
            }
            if (!m_conflicts.isEmpty())
                return fail(describeConflicts(m_conflicts, undo));
            auto before = lastChangeSequence(d->server);
            if (!before)
                return before.status();
            if (Status s = d->server.connection().runScript(QStringLiteral("SET CONSTRAINTS ALL DEFERRED")); !s)
                return s;
            // Records gone here go first, children before parents; then the others, parents first.
            QList<QPair<const RecordTable*, QVariantList>> upserts;
            const QList<Pending> childrenFirst(pending->crbegin(), pending->crend());
            for (const Pending& change : childrenFirst) {
                const RecordTable& table = recordTables[orderOf(change.record.table)];
                auto row = d->localRow(*d->edited, table, change.record.key);
                if (!row)
                    return row.status();
                if (*row) {
                    upserts.prepend({&table, **row});
                    continue;
                }
                PostgresStatement remove(
                    d->server.connection(),
                    QStringLiteral("DELETE FROM %1 WHERE %2").arg(QLatin1StringView(table.name), whereKey(table)));
                if (Status s = remove.exec(keyValues(table, change.record.key)); !s)
                    return fail(tr("%1 could not be deleted on the server: %2")
                                    .arg(describeRecord(change.record, {}), s.error()));
            }
            for (const auto& [table, values] : upserts) {
                auto names = d->columnsOf(QString::fromLatin1(table->name));
                if (!names)
                    return names.status();
                PostgresStatement write(d->server.connection(), upsertSql(*table, *names));
                if (Status s = write.exec(values); !s) {
                    return fail(tr("%1 could not be stored on the server: %2")
                                    .arg(describeRecord({QString::fromLatin1(table->name), values.value(0).toString()},
                                                        valuesAsText(*names, values)),
                                         s.error()));
                }
            }
            auto after = lastChangeSequence(d->server);
            if (!after)
                return after.status();
            first = *before + 1;
            last = *after;
            return {};
        });
    });
    if (!pushed)
        return pushed;
    // One range for a run of this program's changes that nobody else's came between.
    if (last >= first && !d->ours.isEmpty() && d->ours.last().second + 1 == first)
        d->ours.last().second = last;
    else if (last >= first)
        d->ours.append({first, last});
    for (const Pending& change : *pending)
        d->ourLastWrite.insert(change.record, last);
    return runScript(connectionOf(*d->edited), QStringLiteral("DELETE FROM temp.spyline_local_changes"));
}

Result<ServerSync::Pulled> ServerSync::pull()
{
    RecordChanges changes;
    // table → key → the record on the server now; a key without one: the record is gone.
    QHash<QString, QHash<QString, QVariantList>> rows;
    QHash<QString, QStringList> keys;
    QSet<QString> truncated;
    const Status read = d->onServer([&] {
        return d->server.readSnapshot([&]() -> Status {
            keys.clear();
            rows.clear();
            truncated.clear();
            auto committed = d->changesSince(m_syncedTo);
            if (!committed)
                return committed.status();
            changes = std::move(*committed);
            for (const RecordChange& change : changes) {
                if (orderOf(change.table) < 0)
                    continue;
                if (change.operation == RecordChange::Operation::Truncate) {
                    truncated.insert(change.table);
                    continue;
                }
                QStringList& ofTable = keys[change.table];
                ofTable.append(change.key);
            }
            for (auto table = keys.begin(); table != keys.end(); ++table) {
                table->removeDuplicates();
                auto found = d->serverRows(recordTables[orderOf(table.key())], *table);
                if (!found)
                    return found.status();
                rows.insert(table.key(), *found);
            }
            return {};
        });
    });
    if (!read)
        return fail(read.error());
    if (changes.isEmpty())
        return Pulled();
    auto puller = d->pullerStore();
    if (!puller)
        return fail(puller.error());
    const Status applied = (*puller)->transact([&]() -> Status {
        sqlite3* local = connectionOf(**puller);
        if (Status s = runScript(local, QStringLiteral("PRAGMA defer_foreign_keys = ON")); !s)
            return s;
        for (auto table = std::crbegin(recordTables); table != std::crend(recordTables); ++table) {
            const QString name = QString::fromLatin1(table->name);
            if (truncated.contains(name)) {
                if (Status s = runScript(local, QStringLiteral("DELETE FROM main.") + name); !s)
                    return s;
            }
            SqliteStatement remove;
            if (Status s =
                    remove.prepare(local, QStringLiteral("DELETE FROM main.%1 WHERE %2").arg(name, whereKey(*table)));
                !s)
                return s;
            const QHash<QString, QVariantList> found = rows.value(name);
            for (const QString& key : keys.value(name)) {
                if (found.contains(key))
                    continue;
                if (Status s = remove.exec(keyValues(*table, key)); !s)
                    return s;
            }
        }
        for (const RecordTable& table : recordTables) {
            const QString name = QString::fromLatin1(table.name);
            const QHash<QString, QVariantList> found = rows.value(name);
            if (found.isEmpty())
                continue;
            auto names = d->columnsOf(name);
            if (!names)
                return names.status();
            SqliteStatement write;
            if (Status s = write.prepare(local, upsertSql(table, *names)); !s)
                return s;
            for (const QVariantList& values : found) {
                if (Status s = write.exec(values); !s)
                    return fail(
                        tr("a change from the server could not be kept in the working copy: %1").arg(s.error()));
            }
        }
        return {};
    });
    if (!applied)
        return fail(applied.error());
    m_syncedTo = changes.last().sequence;
    // This program's own changes are in the copy already: only others' are news to its views.
    Pulled news;
    for (const RecordChange& change : std::as_const(changes)) {
        if (d->isOurs(change.sequence))
            continue;
        news.changes |= changeOf(change.table);
        ++news.count;
        news.lastBy = change.changedBy;
        news.lastAt = change.changedAt;
    }
    return news;
}

} // namespace Spyline
