#pragma once

// A connection to a PostgreSQL server, private to the store (see StoreAccess.h).
#ifndef SPYLINE_STORE_INTERNALS
#error "PostgresConnection.h is private to the store (model/): ask a repository or a model function instead"
#endif

#include "records/Result.h"

#include <QCoreApplication>
#include <QString>

struct pg_conn;
struct pg_result;

namespace Spyline {

// One libpq connection to the server that holds a collection. Statements go through
// PostgresStatement (values always bound, never spliced into SQL); scripts without values (the
// schema, transactions) through runScript. Failures are in words, with the server's own message.
class PostgresConnection
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::PostgresConnection)

public:
    PostgresConnection() = default;
    PostgresConnection(const PostgresConnection&) = delete;
    PostgresConnection& operator=(const PostgresConnection&) = delete;
    ~PostgresConnection();

    // Connects to `address` (postgresql://…; see ServerAddress.h), refusing one that holds a
    // password. The password, where the server asks for one, comes from PGPASSWORD or ~/.pgpass.
    Status open(const QString& address);
    void close();
    // A password the person typed in the window, given to libpq by the next open()s as its
    // "password" connection parameter only: never part of the address, never kept anywhere else, and
    // overwritten when the connection object goes or another password (or none) is set.
    void setPassword(const QByteArray& password);
    // The password set, for a second connection of the same program to the same server.
    const QByteArray& password() const
    {
        return m_password;
    }
    // Whether the last open() failed because the server asks for a password and none was given.
    bool neededPassword() const
    {
        return m_neededPassword;
    }
    bool isOpen() const
    {
        return m_connection != nullptr;
    }
    // Whether the connection was open and is lost (the server stopped, the network went).
    bool isLost() const;
    // The address as given to open(), for messages.
    QString address() const
    {
        return m_address;
    }
    // The server's version as PostgreSQL numbers it (150018 for 15.18).
    int serverVersion() const;

    // Runs statements without values, one after the other (schema scripts, BEGIN, COMMIT).
    Status runScript(const QString& script);

    pg_conn* handle() const
    {
        return m_connection;
    }

    // A failed result (or, without one, the connection's last failure) in words for people.
    static QString describeFailure(const pg_conn* connection, const pg_result* result);

private:
    pg_conn* m_connection = nullptr;
    QString m_address;
    QByteArray m_password;
    bool m_neededPassword = false;
};

} // namespace Spyline
