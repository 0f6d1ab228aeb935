#include "store/ServerAddress.h"

#include <QCoreApplication>

#include <libpq-fe.h>

namespace Spyline {

namespace {

struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::ServerAddress)
};

} // namespace

bool isServerAddress(const QString& text)
{
    return text.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

Status checkServerAddress(const QString& address)
{
    if (!isServerAddress(address))
        return fail(ServerAddress::tr("%1 is not a PostgreSQL address (postgresql://host/database)").arg(address));
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(address.toUtf8().constData(), &error);
    if (!options) {
        QString reason = error ? QString::fromUtf8(error).trimmed() : ServerAddress::tr("out of memory");
        PQfreemem(error);
        return fail(ServerAddress::tr("the address %1 cannot be read: %2").arg(address, reason));
    }
    QString secret;
    QString database;
    for (const PQconninfoOption* option = options; option->keyword; ++option) {
        const QByteArray keyword(option->keyword);
        const bool given = option->val && option->val[0] != '\0';
        if (given && (keyword == "password" || keyword == "sslpassword"))
            secret = QString::fromLatin1(keyword);
        if (given && keyword == "dbname")
            database = QString::fromUtf8(option->val);
    }
    PQconninfoFree(options);
    if (!secret.isEmpty()) {
        // Said without repeating the address: it holds the password.
        return fail(ServerAddress::tr("the address holds a password (%1); Spyline takes none on the command line. "
                                      "Set PGPASSWORD or write it into ~/.pgpass instead")
                        .arg(secret));
    }
    if (database.isEmpty())
        return fail(ServerAddress::tr("the address %1 names no database: postgresql://host/database").arg(address));
    return {};
}

QString serverAddressForDisplay(const QString& address)
{
    return checkServerAddress(address) ? address : ServerAddress::tr("the PostgreSQL address");
}

QString serverCollectionName(const QString& address)
{
    if (!checkServerAddress(address))
        return serverAddressForDisplay(address);
    PQconninfoOption* options = PQconninfoParse(address.toUtf8().constData(), nullptr);
    if (!options)
        return address;
    QString database;
    QString host;
    for (const PQconninfoOption* option = options; option->keyword; ++option) {
        const QByteArray keyword(option->keyword);
        if (keyword == "dbname" && option->val)
            database = QString::fromUtf8(option->val);
        else if (keyword == "host" && option->val)
            host = QString::fromUtf8(option->val);
    }
    PQconninfoFree(options);
    // A Unix socket's folder says nothing to a reader: the database alone, as on this computer.
    if (host.isEmpty() || host.startsWith(u'/') || host.startsWith(u'@'))
        return database;
    return ServerAddress::tr("%1 on %2").arg(database, host);
}

} // namespace Spyline
