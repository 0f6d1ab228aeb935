#include "transfer/CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Spyline {

namespace {
// How many bytes of a UTF-8 sequence start with `lead`; 0 when it cannot start one.
int sequenceLength(quint8 lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

// Whether `second` may follow `lead` (no overlong forms, no surrogates, nothing past U+10FFFF).
bool validSecondByte(quint8 lead, quint8 second)
{
    switch (lead) {
    case 0xE0:
        return second >= 0xA0 && second <= 0xBF;
    case 0xED:
        return second >= 0x80 && second <= 0x9F;
    case 0xF0:
        return second >= 0x90 && second <= 0xBF;
    case 0xF4:
        return second >= 0x80 && second <= 0x8F;
    default:
        return second >= 0x80 && second <= 0xBF;
    }
}

struct Utf8Scan
{
    qsizetype valid = 0; // bytes of whole, valid characters
    bool cutOff = false; // the rest is the start of a character that may continue in the next read
};

Utf8Scan scanUtf8(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const auto lead = quint8(bytes[i]);
        const int length = sequenceLength(lead);
        if (length == 0)
            return {i, false};
        for (int k = 1; k < length; ++k) {
            if (i + k >= size)
                return {i, true};
            const auto next = quint8(bytes[i + k]);
            const bool ok = k == 1 ? validSecondByte(lead, next) : (next >= 0x80 && next <= 0xBF);
            if (!ok)
                return {i, false};
        }
        i += length;
    }
    return {i, false};
}

bool startsLikeAFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

QString toSpreadsheetCell(const QString& value)
{
    return startsLikeAFormula(value) ? u'\'' + value : value;
}

QString fromSpreadsheetCell(const QString& cell)
{
    if (cell.startsWith(u'\'') && startsLikeAFormula(QStringView(cell).mid(1)))
        return cell.mid(1);
    return cell;
}

CsvReader::CsvReader(QIODevice& device, qsizetype maxFieldLength, QChar delimiter)
    : m_device(device)
    , m_decoder(QStringDecoder::Utf8)
    , m_maxFieldLength(maxFieldLength)
    , m_maxRecordLength(2 * maxFieldLength + 4096)
    , m_delimiter(delimiter)
{
}

bool CsvReader::fill()
{
    if (m_invalidAfterChunk) {
        // Every character before the bad byte has been read: this is its line.
        m_error = tr("the text is not UTF-8 here; save the file as UTF-8 and import it again");
        m_errorLine = m_line;
        m_eof = true;
        return false;
    }
    if (m_eof)
        return false;
    QByteArray bytes = m_device.read(1 << 16);
    if (bytes.isEmpty()) {
        m_eof = true;
        if (!m_carry.isEmpty()) {
            m_error = tr("the file ends inside a character; it is not UTF-8");
            m_errorLine = m_line;
        }
        return false;
    }
    m_bytesRead += bytes.size();
    if (!m_carry.isEmpty()) {
        bytes.prepend(m_carry);
        m_carry.clear();
    }
    const Utf8Scan scan = scanUtf8(bytes);
    if (scan.cutOff)
        m_carry = bytes.mid(scan.valid);
    else
        m_invalidAfterChunk = scan.valid < bytes.size();
    m_chunk = m_decoder.decode(QByteArrayView(bytes).first(scan.valid));
    m_pos = 0;
    if (m_atStart && !m_chunk.isEmpty()) {
        m_atStart = false;
        if (m_chunk.startsWith(QChar(0xFEFF)))
            m_pos = 1;
    }
    return m_pos < m_chunk.size() || fill();
}

std::optional<QChar> CsvReader::peek()
{
    if (m_pos >= m_chunk.size() && !fill())
        return std::nullopt;
    return m_chunk.at(m_pos);
}

void CsvReader::advance()
{
    ++m_pos;
}

std::optional<QStringList> CsvReader::failRecord(const QString& message, int line)
{
    m_error = message;
    m_errorLine = line;
    return std::nullopt;
}

std::optional<QStringList> CsvReader::next()
{
    if (hasError())
        return std::nullopt;
    // Skip blank lines between records.
    for (;;) {
        const auto c = peek();
        if (!c)
            return std::nullopt;
        if (*c == u'\r') {
            advance();
        } else if (*c == u'\n') {
            advance();
            ++m_line;
        } else {
            break;
        }
    }
    m_recordLine = m_line;
    QStringList fields;
    QString field;
    qsizetype recordLength = 0;
    bool quoted = false;
    bool afterQuote = false;
    bool fieldStarted = false;
    for (;;) {
        const auto c = peek();
        if (!c) {
            if (m_error.isEmpty() && quoted) {
                m_error = tr("a quoted field is not closed before the end of the file");
                m_errorLine = m_recordLine;
            }
            if (hasError())
                return std::nullopt;
            fields.append(field);
            return fields;
        }
        advance();
        if (quoted) {
            if (*c == u'"') {
                const auto after = peek();
                if (after && *after == u'"') {
                    advance();
                    field += u'"';
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else if (*c == u'\r' && peek() == QChar(u'\n')) {
                // A line break inside a quoted field is kept as one LF.
            } else {
                if (*c == u'\n')
                    ++m_line;
                field += *c;
            }
        } else if (*c == m_delimiter) {
            if (fields.size() + 1 >= MaxFields)
                return failRecord(tr("the record has more than %1 fields").arg(MaxFields), m_recordLine);
            recordLength += field.size();
            fields.append(field);
            field.clear();
            afterQuote = false;
            fieldStarted = false;
            continue;
        } else if (*c == u'\n' || *c == u'\r') {
            if (*c == u'\r') {
                const auto after = peek();
                if (after && *after == u'\n')
                    advance();
            }
            ++m_line;
            fields.append(field);
            return fields;
        } else if (afterQuote) {
            return failRecord(m_delimiter == u','
                                  ? tr("field %1: only a comma or the end of the line may follow a closing quote")
                                        .arg(fields.size() + 1)
                                  : tr("field %1: only the delimiter or the end of the line may follow a closing quote")
                                        .arg(fields.size() + 1),
                              m_line);
        } else if (*c == u'"' && !fieldStarted) {
            quoted = true;
        } else {
            field += *c;
        }
        fieldStarted = true;
        if (field.size() > m_maxFieldLength) {
            return failRecord(tr("field %1 is longer than %2 characters").arg(fields.size() + 1).arg(m_maxFieldLength),
                              m_recordLine);
        }
        if (recordLength + field.size() > m_maxRecordLength) {
            return failRecord(tr("the record is longer than %1 characters").arg(m_maxRecordLength), m_recordLine);
        }
    }
}

} // namespace Spyline
