#pragma once

#include "records/Result.h"

#include <QString>

namespace Spyline {

// A collection on a PostgreSQL server is named by its address where a file would be named by its
// path: postgresql://[user@]host[:port]/dbname, or postgresql:///dbname?host=/folder/of/the/socket.
// libpq reads the address (so every form libpq knows works); a password never travels in it: it
// comes from PGPASSWORD or ~/.pgpass, as libpq reads them.

// Whether `text` is a server address (postgresql:// or postgres://) rather than a file name.
bool isServerAddress(const QString& text);

// Whether libpq can read the address and it holds no password; the failure says what is wrong.
Status checkServerAddress(const QString& address);

// The address as shown to people: the address itself, which never holds a password.
QString serverAddressForDisplay(const QString& address);

// A short name for a server's collection, where a file's name would go (a chart's footer):
// "class on db.school.example", or "class" for a server reached through a Unix socket.
QString serverCollectionName(const QString& address);

} // namespace Spyline
