#include "TestServer.h"

#include "TestSupport.h"
#include "store/PostgresConnection.h"
#include "store/PostgresStatement.h"
#include "store/ServerCollection.h"
#include "store/SqliteSqlStatement.h"
#include "store/SqliteStatement.h"
#include "store/StoreAccess.h"

#include <QCoreApplication>
#include <QProcess>
#include <QUrl>

#include <gtest/gtest.h>

namespace Spyline::Fixtures {

namespace {

QString addressOf(const QString& database)
{
    const QString host = qEnvironmentVariable("PGHOST");
    const QString port = qEnvironmentVariable("PGPORT", QStringLiteral("5432"));
    return QStringLiteral("postgresql:///%1?host=%2&port=%3")
        .arg(database, QString::fromUtf8(QUrl::toPercentEncoding(host)), port);
}

void controlServer(const QString& action)
{
    const QString control = qEnvironmentVariable("SPYLINE_PG_CTL");
    if (control.isEmpty()) {
        ADD_FAILURE() << "no control of the server: run this suite through scripts/with-postgres.sh (ctest does)";
        return;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(control, {action});
    // Waiting for the process runs no event loop: nothing else in the test moves meanwhile.
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        ADD_FAILURE() << "the server did not " << action.toStdString();
}

} // namespace

void stopServer()
{
    controlServer(QStringLiteral("stop"));
}

void startServer()
{
    controlServer(QStringLiteral("start"));
}

QString maintenanceAddress()
{
    return addressOf(QStringLiteral("postgres"));
}

QString freshServerDatabase()
{
    static int made = 0;
    const QString host = qEnvironmentVariable("PGHOST");
    if (host.isEmpty()) {
        ADD_FAILURE() << "no PostgreSQL server: run this suite through scripts/with-postgres.sh (ctest does)";
        return QStringLiteral("postgresql:///missing?host=/nonexistent");
    }
    const QString name = QStringLiteral("spyline_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++made);
    PostgresConnection server;
    if (Status s = server.open(maintenanceAddress()); !s) {
        ADD_FAILURE() << "the test server cannot be reached: " << s.error().toStdString();
        return addressOf(name);
    }
    if (Status s = server.runScript(QStringLiteral("CREATE DATABASE %1").arg(name)); !s)
        ADD_FAILURE() << "no database for the test: " << s.error().toStdString();
    return addressOf(name);
}

Prepare onFile(Store& store)
{
    return [&store](const QString& sql) {
        auto statement = std::make_unique<SqliteSqlStatement>();
        EXPECT_OK(statement->prepare(connectionOf(store), sql));
        return std::unique_ptr<SqlStatement>(std::move(statement));
    };
}

Prepare onServer(PostgresConnection& connection)
{
    return [&connection](const QString& sql) {
        return std::unique_ptr<SqlStatement>(std::make_unique<PostgresStatement>(connection, sql));
    };
}

QList<QVariantList> rowsOf(const Prepare& prepare, const QString& sql, const QVariantList& values)
{
    auto statement = prepare(sql);
    const Status ran = statement->exec(values);
    EXPECT_OK(ran) << sql.toStdString();
    QList<QVariantList> rows;
    while (ran && statement->next()) {
        QVariantList row;
        for (int column = 0; column < statement->columnCount(); ++column)
            row.append(statement->value(column));
        rows.append(row);
    }
    return rows;
}

qint64 commit(ServerCollection& collection, const QString& sql, const QVariantList& values)
{
    qint64 first = 0;
    EXPECT_OK(collection.transact([&]() -> Status {
        const auto rows = rowsOf(onServer(collection.connection()), sql, values);
        first = rows.isEmpty() ? 0 : rows.first().value(0).toLongLong();
        return {};
    }));
    return first;
}

QStringList recordTables()
{
    return {QStringLiteral("countries"),     QStringLiteral("actors"),        QStringLiteral("sources"),
            QStringLiteral("cases"),         QStringLiteral("roles"),         QStringLiteral("events"),
            QStringLiteral("citations"),     QStringLiteral("links"),         QStringLiteral("node_positions"),
            QStringLiteral("merge_origins"), QStringLiteral("merged_records")};
}

} // namespace Spyline::Fixtures
