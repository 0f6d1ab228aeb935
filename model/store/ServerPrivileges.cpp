#include "store/ServerPrivileges.h"

#include "store/PostgresConnection.h"
#include "store/PostgresStatement.h"

#include <QCoreApplication>

namespace Spyline {

namespace {

struct ServerPrivileges
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::ServerPrivileges)
};

// A few names for a message, and how many more there are.
QString someOf(const QStringList& names)
{
    constexpr int Shown = 3;
    if (names.size() <= Shown)
        return names.join(QStringLiteral(", "));
    return ServerPrivileges::tr("%1 and %n more", nullptr, int(names.size() - Shown))
        .arg(names.mid(0, Shown).join(QStringLiteral(", ")));
}

} // namespace

QStringList serverRecordTables()
{
    return {QStringLiteral("countries"),     QStringLiteral("actors"),        QStringLiteral("sources"),
            QStringLiteral("cases"),         QStringLiteral("roles"),         QStringLiteral("events"),
            QStringLiteral("citations"),     QStringLiteral("links"),         QStringLiteral("node_positions"),
            QStringLiteral("merge_origins"), QStringLiteral("merged_records")};
}

Result<CollectionRights> collectionRights(PostgresConnection& connection)
{
    PostgresStatement server(connection,
                             QStringLiteral("SELECT current_user, pg_is_in_recovery(), "
                                            "current_setting('default_transaction_read_only') = 'on', "
                                            "pg_has_role((SELECT tableowner FROM pg_tables WHERE schemaname = "
                                            "current_schema() AND tablename = 'spyline_collection'), 'USAGE')"));
    if (Status s = server.exec(); !s)
        return fail(s.error());
    if (!server.next())
        return fail(ServerPrivileges::tr("the server did not say which role this is"));
    CollectionRights rights;
    rights.role = server.value(0).toString();
    const bool standby = server.value(1).toBool();
    const bool readOnlyTransactions = server.value(2).toBool();
    bool owner = server.value(3).toBool();

    // has_table_privilege() answers for the role's own grants, those of the roles it inherits and PUBLIC's.
    PostgresStatement tables(
        connection,
        QStringLiteral("SELECT name, has_table_privilege(qualified, 'SELECT'), "
                       "has_table_privilege(qualified, 'INSERT') AND has_table_privilege(qualified, 'UPDATE') "
                       "AND has_table_privilege(qualified, 'DELETE'), "
                       "pg_has_role((SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() "
                       "AND tablename = name), 'USAGE') "
                       "FROM (SELECT name, quote_ident(current_schema()) || '.' || quote_ident(name) AS qualified "
                       "FROM unnest(string_to_array(?, ',')) WITH ORDINALITY AS listed (name, position) "
                       "ORDER BY position) AS record_tables"));
    if (Status s = tables.exec({serverRecordTables().join(u',')}); !s)
        return fail(s.error());
    QStringList unreadable;
    QStringList unwritable;
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        if (!tables.value(1).toBool())
            unreadable.append(name);
        if (!tables.value(2).toBool())
            unwritable.append(name);
        owner = owner && tables.value(3).toBool();
    }
    if (!unreadable.isEmpty()) {
        return fail(ServerPrivileges::tr("the role %1 may not read %2; the collection's owner can grant it the "
                                         "right to (see \"Team collections\" in the README)")
                        .arg(rights.role, someOf(unreadable)));
    }
    rights.ownsCollection = owner;
    if (standby)
        rights.readOnlyReason = ServerPrivileges::tr("the server is a standby, which only reads");
    else if (readOnlyTransactions)
        rights.readOnlyReason = ServerPrivileges::tr("the server lets the role %1 only read").arg(rights.role);
    else if (!unwritable.isEmpty())
        rights.readOnlyReason = ServerPrivileges::tr("the role %1 may only read this collection (it may not change %2)")
                                    .arg(rights.role, someOf(unwritable));
    rights.mayWrite = rights.readOnlyReason.isEmpty();
    return rights;
}

Status checkMayCreateCollection(PostgresConnection& connection)
{
    PostgresStatement check(connection,
                            QStringLiteral("SELECT current_user, current_schema(), coalesce(has_schema_privilege("
                                           "current_schema(), 'CREATE'), false), pg_is_in_recovery()"));
    if (Status s = check.exec(); !s)
        return s;
    if (!check.next())
        return fail(ServerPrivileges::tr("the server did not say which role this is"));
    const QString role = check.value(0).toString();
    const QString schema = check.value(1).toString();
    if (check.value(3).toBool())
        return fail(ServerPrivileges::tr("the server is a standby, which only reads"));
    if (schema.isEmpty())
        return fail(ServerPrivileges::tr("the role %1 has no schema to make a collection in").arg(role));
    if (!check.value(2).toBool()) {
        return fail(ServerPrivileges::tr("the role %1 may not create tables in the schema %2, so it cannot make a "
                                         "collection there; make it as the database's owner")
                        .arg(role, schema));
    }
    return {};
}

} // namespace Spyline
