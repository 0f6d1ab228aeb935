#include "store/CopyOutStream.h"

#include "store/PostgresConnection.h"

#include <libpq-fe.h>

#include <array>

namespace Spyline {

namespace {

// The value of a hexadecimal digit, or -1.
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

CopyOutStream::CopyOutStream(PostgresConnection& connection)
    : m_connection(connection)
{
}

CopyOutStream::~CopyOutStream()
{
    abandon();
}

Status CopyOutStream::start(const QString& select)
{
    abandon();
    m_status = {};
    pg_conn* connection = m_connection.handle();
    if (!connection)
        return m_status = fail(tr("no collection is open"));
    const QByteArray sql = QByteArrayLiteral("COPY (") + select.toUtf8() + QByteArrayLiteral(") TO STDOUT");
    pg_result* result = PQexec(connection, sql.constData());
    const bool copying = result && PQresultStatus(result) == PGRES_COPY_OUT;
    if (!copying)
        m_status = fail(PostgresConnection::describeFailure(connection, result));
    PQclear(result);
    if (!copying) {
        // Whatever else the server sent for this command.
        while (pg_result* rest = PQgetResult(connection))
            PQclear(rest);
        return m_status;
    }
    m_active = true;
    return {};
}

bool CopyOutStream::next()
{
    if (!m_active)
        return false;
    char* buffer = nullptr;
    // Blocking: a row at a time, as the server sends them.
    const int size = PQgetCopyData(m_connection.handle(), &buffer, 0);
    if (size > 0) {
        const Status parsed = parse(buffer, size);
        PQfreemem(buffer);
        if (parsed)
            return true;
        m_status = parsed;
        abandon();
        return false;
    }
    m_active = false;
    m_status = finish();
    return false;
}

Status CopyOutStream::finish()
{
    pg_conn* connection = m_connection.handle();
    Status outcome;
    bool failed = false;
    while (pg_result* result = PQgetResult(connection)) {
        if (!failed && PQresultStatus(result) != PGRES_COMMAND_OK) {
            outcome = fail(PostgresConnection::describeFailure(connection, result));
            failed = true;
        }
        PQclear(result);
    }
    return outcome;
}

void CopyOutStream::abandon()
{
    if (!m_active)
        return;
    m_active = false;
    pg_conn* connection = m_connection.handle();
    // Asked to stop on the server, then whatever it sent meanwhile is read and thrown away.
    if (PGcancel* cancel = PQgetCancel(connection)) {
        std::array<char, 256> error {};
        (void)PQcancel(cancel, error.data(), int(error.size()));
        PQfreeCancel(cancel);
    }
    char* buffer = nullptr;
    while (PQgetCopyData(connection, &buffer, 0) > 0)
        PQfreemem(buffer);
    (void)finish();
}

Status CopyOutStream::parse(const char* data, qsizetype size)
{
    // One row: fields apart by tabs, a newline at its end, \N for NULL, backslash escapes inside.
    if (size > 0 && data[size - 1] == '\n')
        --size;
    m_row.resize(size);
    m_fields.clear();
    char* out = m_row.data();
    qsizetype written = 0;
    Field current;
    qsizetype fieldStart = 0;
    for (qsizetype i = 0; i <= size; ++i) {
        if (i == size || data[i] == '\t') {
            current.size = written - current.offset;
            current.null = i - fieldStart == 2 && data[fieldStart] == '\\' && data[fieldStart + 1] == 'N';
            if (current.null)
                current.size = 0;
            m_fields.append(current);
            current = Field {written, 0, false};
            fieldStart = i + 1;
            continue;
        }
        const char c = data[i];
        if (c != '\\') {
            out[written++] = c;
            continue;
        }
        if (++i == size)
            return fail(tr("the server sent a row that ends in a backslash"));
        const char escaped = data[i];
        switch (escaped) {
        case 'b':
            out[written++] = '\b';
            break;
        case 'f':
            out[written++] = '\f';
            break;
        case 'n':
            out[written++] = '\n';
            break;
        case 'r':
            out[written++] = '\r';
            break;
        case 't':
            out[written++] = '\t';
            break;
        case 'v':
            out[written++] = '\v';
            break;
        case 'N':
            // NULL, stood for by the whole field; the check above sees it when the field ends.
            break;
        case 'x': {
            int value = 0;
            int digits = 0;
            while (digits < 2 && i + 1 < size && hexValue(data[i + 1]) >= 0) {
                value = value * 16 + hexValue(data[++i]);
                ++digits;
            }
            out[written++] = digits > 0 ? char(value) : 'x';
            break;
        }
        default:
            if (escaped >= '0' && escaped <= '7') {
                int value = escaped - '0';
                for (int digits = 1; digits < 3 && i + 1 < size && data[i + 1] >= '0' && data[i + 1] <= '7'; ++digits)
                    value = value * 8 + (data[++i] - '0');
                out[written++] = char(value);
            } else {
                out[written++] = escaped;
            }
        }
    }
    m_row.resize(written);
    return {};
}

} // namespace Spyline
