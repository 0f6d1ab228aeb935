#pragma once

// Rows streamed out of a PostgreSQL server, private to the store (see StoreAccess.h).
#ifndef SPYLINE_STORE_INTERNALS
#error "CopyOutStream.h is private to the store (model/): ask a repository or a model function instead"
#endif

#include "records/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

namespace Spyline {

class PostgresConnection;

// The rows of one query as the server streams them with COPY (…) TO STDOUT in its text format: one
// row at a time, never the whole result in memory, and far fewer round trips and conversions than a
// SELECT read through PQexec. Fields come back as the server wrote them (numbers in their text
// form), unescaped. A stream left before its end is cancelled on the server and drained, so that the
// connection can roll back and go on.
class CopyOutStream
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::CopyOutStream)

public:
    explicit CopyOutStream(PostgresConnection& connection);
    CopyOutStream(const CopyOutStream&) = delete;
    CopyOutStream& operator=(const CopyOutStream&) = delete;
    ~CopyOutStream();

    // Starts streaming the rows of `select` (a SELECT without values, written by the store).
    Status start(const QString& select);
    // Moves to the next row: false at the end, or when the stream failed (see status()).
    bool next();
    // After next() returned false: success at the end of the rows, or what went wrong.
    const Status& status() const
    {
        return m_status;
    }
    // Cancels a stream that has not ended, on the server too.
    void abandon();

    int fieldCount() const
    {
        return int(m_fields.size());
    }
    bool isNull(int field) const
    {
        return m_fields.at(field).null;
    }
    // The field's bytes (UTF-8 for text), valid until the next call of next().
    QByteArrayView field(int field) const
    {
        const Field& f = m_fields.at(field);
        return QByteArrayView(m_row.constData() + f.offset, f.size);
    }

private:
    struct Field
    {
        qsizetype offset = 0;
        qsizetype size = 0;
        bool null = false;
    };
    Status finish();
    Status parse(const char* data, qsizetype size);

    PostgresConnection& m_connection;
    QByteArray m_row;
    QList<Field> m_fields;
    bool m_active = false;
    Status m_status;
};

} // namespace Spyline
