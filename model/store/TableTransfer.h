#pragma once

// Whole tables moved between a server and a file, private to the store (see StoreAccess.h).
#ifndef SPYLINE_STORE_INTERNALS
#error "TableTransfer.h is private to the store (model/): ask a repository or a model function instead"
#endif

#include "records/Result.h"

#include <QStringList>

#include <functional>

namespace Spyline {

class PostgresConnection;
class Store;

// Told how many rows of the table have moved so far; answers false to stop the transfer.
using RowsMoved = std::function<bool(qint64 rows)>;

// The rows of `table` on the server that `select` reads (SELECT its columns in order, ORDER BY its
// key), streamed out with COPY and written into the file through `insert` (an INSERT of the same
// columns, ? for each), each value bound as the server
// types it: whole numbers as integers, reals as reals, text as text, cleaned as record text always
// is. For a million rows this is several times faster than reading a SELECT and writing row by row.
// Returns how many rows moved.
Result<qint64> copyTableFromServer(PostgresConnection& server, Store& file, const QString& table, const QString& select,
                                   const QString& insert, const RowsMoved& moved = {});

// The rows of `table` in the file that `select` reads (SELECT `columns` ORDER BY its key), streamed
// into the server with COPY … FROM STDIN:
// values exactly as the file holds them (reals to the last bit, text unchanged). The server checks
// each row as an INSERT would, its deferred references at commit. Returns how many rows moved.
Result<qint64> copyTableToServer(Store& file, PostgresConnection& server, const QString& table,
                                 const QStringList& columns, const QString& select, const RowsMoved& moved = {});

} // namespace Spyline
