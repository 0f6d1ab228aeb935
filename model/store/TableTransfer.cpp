#include "store/TableTransfer.h"

#include "store/CopyOutStream.h"
#include "store/PostgresConnection.h"
#include "store/SqliteStatement.h"
#include "store/StoreAccess.h"

#include <libpq-fe.h>

#include <array>
#include <charconv>
#include <cmath>

namespace Spyline {

namespace {

struct TableTransfer
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::TableTransfer)
};

// How a column's values are bound on the file: as PostgresStatement reads them.
enum class ColumnType : quint8
{
    Integer,
    Boolean,
    Real,
    Text,
};

// The server's type of each column of a query, from a result without rows.
Result<QList<ColumnType>> columnTypes(PostgresConnection& server, const QString& select)
{
    const QByteArray sql = select.toUtf8() + QByteArrayLiteral(" LIMIT 0");
    pg_result* result = PQexec(server.handle(), sql.constData());
    if (!result || PQresultStatus(result) != PGRES_TUPLES_OK) {
        const QString reason = PostgresConnection::describeFailure(server.handle(), result);
        PQclear(result);
        return fail(reason);
    }
    // The type numbers of PostgreSQL's catalog (pg_type.dat), fixed since forever.
    constexpr Oid Bool = 16, Int8 = 20, Int2 = 21, Int4 = 23, OidType = 26, Float4 = 700, Float8 = 701, Numeric = 1700;
    QList<ColumnType> types;
    for (int column = 0; column < PQnfields(result); ++column) {
        switch (PQftype(result, column)) {
        case Bool:
            types.append(ColumnType::Boolean);
            break;
        case Int2:
        case Int4:
        case Int8:
        case OidType:
            types.append(ColumnType::Integer);
            break;
        case Float4:
        case Float8:
        case Numeric:
            types.append(ColumnType::Real);
            break;
        default:
            types.append(ColumnType::Text);
        }
    }
    PQclear(result);
    return types;
}

// Printable ASCII, tabs and newlines need no cleaning: the bytes go to SQLite as they are.
bool isPlainText(QByteArrayView bytes)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t' && c != '\n') || u >= 0x7F)
            return false;
    }
    return true;
}

Status bindField(SqliteStatement& insert, int index, ColumnType type, QByteArrayView text)
{
    switch (type) {
    case ColumnType::Boolean:
        insert.bind(index, qint64(text == "t" ? 1 : 0));
        return {};
    case ColumnType::Integer: {
        qint64 value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc() || end != text.data() + text.size())
            return fail(TableTransfer::tr("the server sent %1 for a whole number").arg(QString::fromUtf8(text)));
        insert.bind(index, value);
        return {};
    }
    case ColumnType::Real:
        insert.bindReal(index, QByteArray(text.data(), text.size()).toDouble());
        return {};
    case ColumnType::Text:
        if (isPlainText(text))
            insert.bindUtf8(index, text);
        else
            insert.bind(index, QString::fromUtf8(text));
        return {};
    }
    return {};
}

// Appends `text` as COPY's text format writes a value: backslashes, tabs, newlines and carriage
// returns escaped, everything else as it is.
void appendEscaped(QByteArray& line, QByteArrayView text)
{
    for (const char c : text) {
        switch (c) {
        case '\\':
            line += "\\\\";
            break;
        case '\t':
            line += "\\t";
            break;
        case '\n':
            line += "\\n";
            break;
        case '\r':
            line += "\\r";
            break;
        default:
            line += c;
        }
    }
}

void appendReal(QByteArray& line, double value)
{
    if (std::isnan(value)) {
        line += "NaN";
        return;
    }
    if (std::isinf(value)) {
        line += value > 0 ? "Infinity" : "-Infinity";
        return;
    }
    // The shortest text that reads back as the same double.
    std::array<char, 32> text {};
    const auto [end, error] = std::to_chars(text.data(), text.data() + text.size(), value);
    line.append(text.data(), error == std::errc() ? end - text.data() : 0);
}

// Ends a COPY FROM STDIN: `failure` (empty when none) aborts it, and the server's verdict is read.
Status endCopyIn(PostgresConnection& server, const QByteArray& failure)
{
    pg_conn* connection = server.handle();
    Status outcome;
    if (PQputCopyEnd(connection, failure.isEmpty() ? nullptr : failure.constData()) != 1)
        outcome = fail(PostgresConnection::describeFailure(connection, nullptr));
    while (pg_result* result = PQgetResult(connection)) {
        if (outcome && PQresultStatus(result) != PGRES_COMMAND_OK)
            outcome = fail(PostgresConnection::describeFailure(connection, result));
        PQclear(result);
    }
    return outcome;
}

} // namespace

Result<qint64> copyTableFromServer(PostgresConnection& server, Store& file, const QString& table, const QString& select,
                                   const QString& insert, const RowsMoved& moved)
{
    auto types = columnTypes(server, select);
    if (!types)
        return fail(types.error());
    SqliteStatement write;
    if (Status s = write.prepare(connectionOf(file), insert); !s)
        return fail(s.error());
    CopyOutStream rows(server);
    if (Status s = rows.start(select); !s)
        return fail(s.error());
    qint64 count = 0;
    while (rows.next()) {
        if (rows.fieldCount() != types->size()) {
            return fail(TableTransfer::tr("the server sent a row of %1 with %2 values instead of %3")
                            .arg(table)
                            .arg(rows.fieldCount())
                            .arg(types->size()));
        }
        for (int column = 0; column < rows.fieldCount(); ++column) {
            if (rows.isNull(column)) {
                write.bindNull(column + 1);
            } else if (Status s = bindField(write, column + 1, types->at(column), rows.field(column)); !s) {
                return fail(s.error());
            }
        }
        if (Status s = write.run(); !s) {
            return fail(TableTransfer::tr("%1 row %2 could not be written: %3")
                            .arg(table, QString::fromUtf8(rows.field(0)), s.error()));
        }
        ++count;
        if (moved && count % 4096 == 0 && !moved(count))
            return fail(TableTransfer::tr("the copy was cancelled"));
    }
    if (!rows.status())
        return fail(rows.status().error());
    if (moved && !moved(count))
        return fail(TableTransfer::tr("the copy was cancelled"));
    return count;
}

Result<qint64> copyTableToServer(Store& file, PostgresConnection& server, const QString& table,
                                 const QStringList& columns, const QString& select, const RowsMoved& moved)
{
    auto types = columnTypes(server, select);
    if (!types)
        return fail(types.error());
    SqliteStatement read;
    if (Status s = read.prepare(connectionOf(file), select); !s)
        return fail(s.error());
    pg_conn* connection = server.handle();
    const QByteArray copy =
        QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(QStringLiteral(", "))).toUtf8();
    pg_result* started = PQexec(connection, copy.constData());
    const bool copying = started && PQresultStatus(started) == PGRES_COPY_IN;
    if (!copying) {
        const QString reason = PostgresConnection::describeFailure(connection, started);
        PQclear(started);
        return fail(reason);
    }
    PQclear(started);
    qint64 count = 0;
    QByteArray line;
    while (read.step()) {
        line.clear();
        for (int column = 0; column < columns.size(); ++column) {
            if (column > 0)
                line += '\t';
            if (read.columnIsNull(column)) {
                line += "\\N";
                continue;
            }
            switch (types->at(column)) {
            case ColumnType::Integer:
            case ColumnType::Boolean:
                line += QByteArray::number(read.columnInt(column));
                break;
            case ColumnType::Real:
                appendReal(line, read.value(column).toDouble());
                break;
            case ColumnType::Text:
                appendEscaped(line, read.columnBytes(column));
                break;
            }
        }
        line += '\n';
        if (PQputCopyData(connection, line.constData(), int(line.size())) != 1) {
            const QString reason = PostgresConnection::describeFailure(connection, nullptr);
            (void)endCopyIn(server, "write failed");
            return fail(reason);
        }
        ++count;
        if (moved && count % 4096 == 0 && !moved(count)) {
            (void)endCopyIn(server, "cancelled");
            return fail(TableTransfer::tr("the copy was cancelled"));
        }
    }
    if (read.failed()) {
        const QString reason = read.error();
        (void)endCopyIn(server, "read failed");
        return fail(reason);
    }
    if (Status s = endCopyIn(server, {}); !s)
        return fail(TableTransfer::tr("%1 could not be written: %2").arg(table, s.error()));
    if (moved && !moved(count))
        return fail(TableTransfer::tr("the copy was cancelled"));
    return count;
}

} // namespace Spyline
