#pragma once

#include "Result.h"

#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace Spyline {

// Streams RFC 4180 records from UTF-8 text (with or without a byte-order mark, LF or CRLF):
// quoted fields may hold commas, doubled quotes and line breaks. Memory stays bounded: a field
// longer than the limit is an error, not an allocation.
class CsvReader
{
public:
    explicit CsvReader(QIODevice& device, qsizetype maxFieldLength = 1000000);

    // The next record; std::nullopt at the end or on an error (see error()).
    std::optional<QStringList> next();
    bool hasError() const
    {
        return !m_error.isEmpty();
    }
    const QString& error() const
    {
        return m_error;
    }
    int errorLine() const
    {
        return m_errorLine;
    }
    // The line on which the last record returned by next() started, counting from 1.
    int recordLine() const
    {
        return m_recordLine;
    }
    qint64 bytesRead() const
    {
        return m_bytesRead;
    }

private:
    bool fill();
    std::optional<QChar> peek();
    void advance();

    QIODevice& m_device;
    QStringDecoder m_decoder;
    QString m_chunk;
    qsizetype m_pos = 0;
    qsizetype m_maxFieldLength;
    qint64 m_bytesRead = 0;
    int m_line = 1;
    int m_recordLine = 0;
    int m_errorLine = 0;
    bool m_atStart = true;
    bool m_eof = false;
    QString m_error;
};

} // namespace Spyline
