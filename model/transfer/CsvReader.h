#pragma once

#include "records/Result.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace Spyline {

// A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return before them) as a
// formula, which a CSV file from elsewhere must never make it do (the OWASP rule against CSV
// injection): such a cell is written with an apostrophe in front, which spreadsheets show as
// text, and read back without it.
QString toSpreadsheetCell(const QString& value);
QString fromSpreadsheetCell(const QString& cell);

// Streams RFC 4180 records from UTF-8 text (with or without a byte-order mark, LF or CRLF):
// quoted fields may hold the delimiter (a comma unless told otherwise; a semicolon or a tab in
// some sheets), doubled quotes and line breaks. Memory stays bounded while
// reading: a field longer than its limit, a record longer than its limit or with too many fields
// is an error as soon as the limit is passed, not an allocation. Text that is not UTF-8 is
// reported on the line of the first byte that is not.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::CsvReader)

public:
    static constexpr qsizetype DefaultMaxFieldLength = 1000000;
    static constexpr int MaxFields = 1000;

    explicit CsvReader(QIODevice& device, qsizetype maxFieldLength = DefaultMaxFieldLength, QChar delimiter = u',');

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
    std::optional<QStringList> failRecord(const QString& message, int line);

    QIODevice& m_device;
    QStringDecoder m_decoder;
    QString m_chunk;
    QByteArray m_carry; // the start of a character cut off at the end of the last read
    qsizetype m_pos = 0;
    qsizetype m_maxFieldLength;
    qsizetype m_maxRecordLength;
    bool m_invalidAfterChunk = false; // the bytes after the current chunk are not UTF-8
    QChar m_delimiter;
    qint64 m_bytesRead = 0;
    int m_line = 1;
    int m_recordLine = 0;
    int m_errorLine = 0;
    bool m_atStart = true;
    bool m_eof = false;
    QString m_error;
};

} // namespace Spyline
