#include "store/PostgresConnection.h"

#include "store/ServerAddress.h"

#include <libpq-fe.h>

namespace Spyline {

namespace {

// The server's notices (a table that did not exist, a trigger replaced) are not the person's business.
void ignoreNotice(void*, const char*) { }

// PostgreSQL 12 is the oldest server still supported by its makers (generated identity columns,
// deferrable constraints and the rest have been there much longer).
constexpr int OldestServer = 120000;

QString fieldOf(const pg_result* result, int field)
{
    const char* text = result ? PQresultErrorField(result, field) : nullptr;
    return text ? QString::fromUtf8(text).trimmed() : QString();
}

} // namespace

PostgresConnection::~PostgresConnection()
{
    close();
    setPassword({});
}

void PostgresConnection::setPassword(const QByteArray& password)
{
    m_password.fill('\0');
    m_password = password;
    // A copy of its own, so that overwriting it later leaves no other copy behind in this object.
    m_password.detach();
}

Status PostgresConnection::open(const QString& address)
{
    close();
    if (Status s = checkServerAddress(address); !s)
        return s;
    m_neededPassword = false;
    const QByteArray expanded = address.toUtf8();
    // The address is expanded by libpq; what follows it overrides nothing the address says (which
    // never holds a password: checkServerAddress refuses one).
    const char* keywords[] = {"dbname", "client_encoding", "fallback_application_name", nullptr, nullptr};
    const char* values[] = {expanded.constData(), "UTF8", "spyline", nullptr, nullptr};
    if (!m_password.isEmpty()) {
        keywords[3] = "password";
        values[3] = m_password.constData();
    }
    pg_conn* connection = PQconnectdbParams(keywords, values, 1);
    if (!connection)
        return fail(tr("cannot connect to %1: out of memory").arg(address));
    if (PQstatus(connection) != CONNECTION_OK) {
        m_neededPassword = PQconnectionNeedsPassword(connection) != 0;
        const QString reason = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
        PQfinish(connection);
        return fail(tr("cannot connect to %1: %2").arg(address, reason));
    }
    PQsetNoticeProcessor(connection, &ignoreNotice, nullptr);
    if (PQserverVersion(connection) < OldestServer) {
        const QString version = QString::fromUtf8(PQparameterStatus(connection, "server_version"));
        PQfinish(connection);
        return fail(tr("%1 runs PostgreSQL %2; Spyline needs PostgreSQL 12 or newer").arg(address, version));
    }
    m_connection = connection;
    m_address = address;
    // Text as SQLite keeps it, whatever the server's defaults: dates and numbers never pass as text
    // here, but the time zone and the output of reals are pinned all the same.
    if (Status s = runScript(QStringLiteral("SET TIME ZONE 'UTC'; SET extra_float_digits = 3")); !s) {
        close();
        return fail(tr("cannot use %1: %2").arg(address, s.error()));
    }
    return {};
}

void PostgresConnection::close()
{
    if (m_connection)
        PQfinish(m_connection);
    m_connection = nullptr;
    m_address.clear();
}

bool PostgresConnection::isLost() const
{
    return m_connection && PQstatus(m_connection) == CONNECTION_BAD;
}

int PostgresConnection::serverVersion() const
{
    return m_connection ? PQserverVersion(m_connection) : 0;
}

Status PostgresConnection::runScript(const QString& script)
{
    if (!m_connection)
        return fail(tr("no collection is open"));
    pg_result* result = PQexec(m_connection, script.toUtf8().constData());
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    Status outcome;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY)
        outcome = fail(describeFailure(m_connection, result));
    PQclear(result);
    return outcome;
}

QString PostgresConnection::describeFailure(const pg_conn* connection, const pg_result* result)
{
    const QString state = fieldOf(result, PG_DIAG_SQLSTATE);
    QString message = fieldOf(result, PG_DIAG_MESSAGE_PRIMARY);
    if (message.isEmpty() && connection)
        message = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
    if (message.isEmpty())
        message = tr("the server gave no reason");
    const QString detail = fieldOf(result, PG_DIAG_MESSAGE_DETAIL);
    QString full = detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + u')';
    if (connection && PQstatus(connection) == CONNECTION_BAD)
        return tr("the connection to the server was lost: %1").arg(full);
    if (state == QStringLiteral("23503"))
        return tr("it refers to a record that does not exist, or it is still used by other records (%1)").arg(full);
    if (state == QStringLiteral("23505"))
        return tr("a record like it exists already (%1)").arg(full);
    if (state == QStringLiteral("23514") || state == QStringLiteral("23502"))
        return tr("a value is not allowed (%1)").arg(full);
    if (state == QStringLiteral("25006"))
        return tr("the collection is read-only (%1)").arg(full);
    if (state == QStringLiteral("42501"))
        return tr("the server does not let this role do that (%1)").arg(full);
    if (state == QStringLiteral("40001") || state == QStringLiteral("40P01") || state == QStringLiteral("55P03"))
        return tr("the collection is busy: someone else is changing it (%1); try again").arg(full);
    if (state.startsWith(QStringLiteral("53")))
        return tr("the server has run out of room (%1)").arg(full);
    if (state.startsWith(QStringLiteral("08")) || state.startsWith(QStringLiteral("57P")))
        return tr("the connection to the server was lost: %1").arg(full);
    return full;
}

} // namespace Spyline
