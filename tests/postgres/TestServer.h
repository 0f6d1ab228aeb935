#pragma once

#include "store/SqlStatement.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>

namespace Spyline {
class PostgresConnection;
class ServerCollection;
class Store;
} // namespace Spyline

namespace Spyline::Fixtures {

// The private server scripts/with-postgres.sh started for this suite (PGHOST, PGPORT, PGUSER).
// Each call makes a new, empty database there and returns its address (postgresql:///name?host=…).
// A test that needs the server fails, never skips, when it is not there.
QString freshServerDatabase();
// The address of the server's own database "postgres", to set things up through.
QString maintenanceAddress();

// Stops the private server, or starts it again, with scripts/with-postgres.sh's own control script
// (SPYLINE_PG_CTL); a failure is a failed test.
void stopServer();
void startServer();

// Statements on either backend, through the interface both implement.
using Prepare = std::function<std::unique_ptr<SqlStatement>(const QString&)>;
Prepare onFile(Store& store);
Prepare onServer(PostgresConnection& connection);
// Every row of a query, each as its values in order.
QList<QVariantList> rowsOf(const Prepare& prepare, const QString& sql, const QVariantList& values = {});

// One statement in a transaction of its own on the collection; the first value of its first row (an
// id it returns), 0 when it returns none.
qint64 commit(ServerCollection& collection, const QString& sql, const QVariantList& values = {});

// Every table that holds records, as the copy moves them.
QStringList recordTables();

} // namespace Spyline::Fixtures
