#include "store/ServerCollection.h"

#include "records/CountryCatalog.h"
#include "store/PostgresStatement.h"
#include "store/SchemaMigrations.h"
#include "store/ServerPrivileges.h"
#include "store/Store.h"

#include <algorithm>

namespace Spyline {

namespace {

// Two programs making a collection in the same database at once: one waits for the other.
constexpr const char* CreationLock = "SELECT pg_advisory_xact_lock(1399876718)"; // "Spln"

Result<qint64> readInteger(PostgresConnection& connection, const QString& sql, const QVariantList& values = {})
{
    PostgresStatement statement(connection, sql);
    if (Status s = statement.exec(values); !s)
        return fail(s.error());
    if (!statement.next())
        return qint64(0);
    return statement.value(0).toLongLong();
}

} // namespace

void ServerCollection::close()
{
    m_connection.close();
    m_readOnly = false;
    m_version = 0;
    m_additions = 0;
    m_readOnlyReason.clear();
    m_ownsCollection = false;
}

Result<ServerCollection::Found> ServerCollection::lookAround(QStringList* otherTables)
{
    PostgresStatement tables(m_connection,
                             QStringLiteral("SELECT table_name FROM information_schema.tables "
                                            "WHERE table_schema = current_schema() ORDER BY 1"));
    if (Status s = tables.exec(); !s)
        return fail(s.error());
    bool collection = false;
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        if (name == QStringLiteral("spyline_collection"))
            collection = true;
        else if (otherTables)
            otherTables->append(name);
    }
    if (collection)
        return Found::Collection;
    if (tables.rowCount() > 0)
        return Found::OtherTables;
    return Found::NoTables;
}

Status ServerCollection::create(const QString& address)
{
    close();
    if (Status s = m_connection.open(address); !s)
        return s;
    const Status made = transact([&]() -> Status {
        if (Status s = m_connection.runScript(QString::fromLatin1(CreationLock)); !s)
            return s;
        QStringList others;
        auto found = lookAround(&others);
        if (!found)
            return found.status();
        if (*found == Found::Collection)
            return fail(tr("%1 already holds a Spyline collection").arg(address));
        if (*found == Found::OtherTables) {
            return fail(tr("%1 holds other tables (%2); Spyline makes a collection only in an empty database")
                            .arg(address, others.mid(0, 3).join(QStringLiteral(", "))));
        }
        if (Status s = checkMayCreateCollection(m_connection); !s)
            return s;
        for (int version = PostgresFirstSchema; version <= Store::SchemaVersion; ++version) {
            const QString script = schemaMigration(SchemaBackend::Postgres, version);
            if (script.isEmpty())
                return fail(tr("schema %1 for PostgreSQL is missing from this build").arg(version));
            if (Status s = m_connection.runScript(script); !s)
                return fail(tr("making schema %1 failed: %2").arg(version).arg(s.error()));
        }
        PostgresStatement version(m_connection,
                                  QStringLiteral("INSERT INTO spyline_collection (application_id, "
                                                 "schema_version) VALUES (?, ?)"));
        if (Status s = version.exec({Store::ApplicationId, Store::SchemaVersion}); !s)
            return s;
        m_additions = 0;
        if (Status s = makeAdditions(Store::SchemaVersion); !s)
            return s;
        return syncCountries();
    });
    if (!made) {
        close();
        return fail(tr("the collection could not be created: %1").arg(made.error()));
    }
    m_version = Store::SchemaVersion;
    return {};
}

Status ServerCollection::open(const QString& address, Access access)
{
    close();
    if (Status s = m_connection.open(address); !s)
        return s;
    const auto refuse = [&](const QString& message) {
        close();
        return Status(fail(message));
    };
    auto found = lookAround(nullptr);
    if (!found)
        return refuse(tr("%1 cannot be read: %2").arg(address, found.error()));
    if (*found != Found::Collection) {
        return refuse(tr("%1 holds no Spyline collection; make one with: spyline init --db %1, or copy one there "
                         "with: spyline copy --from FILE --to %1")
                          .arg(address));
    }
    PostgresStatement marks(m_connection,
                            QStringLiteral("SELECT application_id, schema_version FROM "
                                           "spyline_collection"));
    if (Status s = marks.exec(); !s)
        return refuse(tr("%1 cannot be read: %2").arg(address, s.error()));
    if (!marks.next())
        return refuse(tr("%1 is damaged: its schema version is missing").arg(address));
    const qint64 applicationId = marks.value(0).toLongLong();
    const qint64 version = marks.value(1).toLongLong();
    if (applicationId != Store::ApplicationId)
        return refuse(tr("%1 is not a Spyline collection").arg(address));
    if (version > Store::SchemaVersion) {
        return refuse(tr("%1 was written by a newer Spyline (schema %2); this version reads schemas up to %3. "
                         "Update Spyline to open it.")
                          .arg(address)
                          .arg(version)
                          .arg(Store::SchemaVersion));
    }
    if (version < PostgresFirstSchema)
        return refuse(tr("%1 is damaged: schema %2 never existed on PostgreSQL").arg(address).arg(version));
    m_version = int(version);
    auto rights = collectionRights(m_connection);
    if (!rights)
        return refuse(tr("%1 cannot be read: %2").arg(address, rights.error()));
    auto additions = readAdditions();
    if (!additions)
        return refuse(tr("%1 cannot be read: %2").arg(address, additions.error()));
    m_additions = *additions;
    m_ownsCollection = rights->ownsCollection;
    m_readOnly = access == Access::Read || !rights->mayWrite;
    if (!rights->mayWrite)
        m_readOnlyReason = rights->readOnlyReason;
    else if (access == Access::Read)
        m_readOnlyReason = tr("it is open for reading only");
    if (version < Store::SchemaVersion) {
        if (!rights->mayWrite) {
            return refuse(tr("%1 needs an upgrade to schema %2, and %3")
                              .arg(address)
                              .arg(Store::SchemaVersion)
                              .arg(rights->readOnlyReason));
        }
        if (m_readOnly) {
            return refuse(tr("%1 needs an upgrade to schema %2; open it once with the right to change it")
                              .arg(address)
                              .arg(Store::SchemaVersion));
        }
        if (!m_ownsCollection) {
            return refuse(tr("%1 needs an upgrade to schema %2, which only the collection's owner can make; ask "
                             "them to open it once with this version of Spyline")
                              .arg(address)
                              .arg(Store::SchemaVersion));
        }
        if (Status s = migrate(m_version); !s)
            return refuse(tr("%1 could not be upgraded: %2").arg(address, s.error()));
    } else if (m_additions < ServerAdditions && !m_readOnly && m_ownsCollection) {
        if (Status s = migrate(m_version); !s)
            return refuse(tr("%1 could not be brought up to date: %2").arg(address, s.error()));
    }
    return {};
}

QString ServerCollection::missingAdditions() const
{
    if (!isOpen() || m_additions >= ServerAdditions)
        return {};
    return tr("%1 has no change log yet, so changes others make are not shown as they happen; it is added when "
              "the collection's owner opens it once with this version of Spyline")
        .arg(address());
}

Status ServerCollection::checkWritable(const QString& address)
{
    close();
    if (Status s = m_connection.open(address); !s)
        return s;
    auto found = lookAround(nullptr);
    Status writable;
    if (!found)
        writable = fail(tr("%1 cannot be read: %2").arg(address, found.error()));
    else if (*found == Found::NoTables)
        writable = checkMayCreateCollection(m_connection);
    else if (*found == Found::Collection) {
        auto rights = collectionRights(m_connection);
        if (!rights)
            writable = fail(tr("%1 cannot be read: %2").arg(address, rights.error()));
        else if (!rights->mayWrite)
            writable = fail(tr("%1 is read-only: %2").arg(address, rights->readOnlyReason));
    }
    close();
    return writable;
}

Result<int> ServerCollection::readAdditions()
{
    // The column comes with the first addition: a collection without it has none.
    auto count = readInteger(m_connection,
                             QStringLiteral("SELECT coalesce((to_jsonb(marks) ->> 'server_additions')"
                                            "::integer, 0) FROM spyline_collection AS marks"));
    if (!count)
        return fail(count.error());
    return int(*count);
}

Status ServerCollection::makeAdditions(int schema)
{
    for (int number = m_additions + 1; number <= ServerAdditions && serverAdditionSchema(number) <= schema; ++number) {
        const QString script = serverAddition(number);
        if (script.isEmpty())
            return fail(tr("server addition %1 is missing from this build").arg(number));
        if (Status s = m_connection.runScript(script); !s)
            return fail(tr("making server addition %1 failed: %2").arg(number).arg(s.error()));
        PostgresStatement update(m_connection, QStringLiteral("UPDATE spyline_collection SET server_additions = ?"));
        if (Status s = update.exec({number}); !s)
            return s;
        m_additions = number;
    }
    return {};
}

Status ServerCollection::openOrCreate(const QString& address)
{
    close();
    if (Status s = m_connection.open(address); !s)
        return s;
    auto found = lookAround(nullptr);
    close();
    if (!found)
        return found.status();
    return *found == Found::NoTables ? create(address) : open(address);
}

Status ServerCollection::migrate(int fromVersion)
{
    return transact([&]() -> Status {
        // Whoever upgrades first does it; the others find it done.
        if (Status s = m_connection.runScript(QString::fromLatin1(CreationLock)); !s)
            return s;
        auto current =
            readInteger(m_connection, QStringLiteral("SELECT schema_version FROM spyline_collection FOR UPDATE"));
        if (!current)
            return current.status();
        auto additions = readAdditions();
        if (!additions)
            return additions.status();
        m_additions = *additions;
        // The additions of the schema it is at first, then each version with the additions made on it.
        const int from = std::max(fromVersion, int(*current));
        if (Status s = makeAdditions(from); !s)
            return s;
        for (int version = from + 1; version <= Store::SchemaVersion; ++version) {
            const QString script = schemaMigration(SchemaBackend::Postgres, version);
            if (script.isEmpty())
                return fail(tr("the upgrade to schema %1 is missing from this build").arg(version));
            if (Status s = m_connection.runScript(script); !s)
                return fail(tr("upgrading to schema %1 failed: %2").arg(version).arg(s.error()));
            if (Status s = makeAdditions(version); !s)
                return s;
        }
        PostgresStatement update(m_connection, QStringLiteral("UPDATE spyline_collection SET schema_version = ?"));
        if (Status s = update.exec({Store::SchemaVersion}); !s)
            return s;
        m_version = Store::SchemaVersion;
        return syncCountries();
    });
}

Status ServerCollection::syncCountries()
{
    PostgresStatement insert(m_connection,
                             QStringLiteral("INSERT INTO countries (code, name, former) VALUES (?, ?, ?) "
                                            "ON CONFLICT DO NOTHING"));
    for (const Country& country : CountryCatalog::all()) {
        if (Status s = insert.exec({country.code, country.name, country.former ? 1 : 0}); !s)
            return s;
    }
    return {};
}

Status ServerCollection::transact(const std::function<Status()>& work)
{
    if (!isOpen())
        return fail(tr("no collection is open"));
    if (m_readOnly)
        return fail(tr("%1 is open read-only: %2").arg(address(), m_readOnlyReason));
    if (Status s = m_connection.runScript(QStringLiteral("BEGIN")); !s)
        return s;
    Status result = work();
    if (result)
        result = m_connection.runScript(QStringLiteral("COMMIT"));
    if (!result)
        (void)m_connection.runScript(QStringLiteral("ROLLBACK"));
    return result;
}

Status ServerCollection::readSnapshot(const std::function<Status()>& work)
{
    if (!isOpen())
        return fail(tr("no collection is open"));
    if (Status s = m_connection.runScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")); !s)
        return s;
    Status result = work();
    (void)m_connection.runScript(result ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    return result;
}

} // namespace Spyline
