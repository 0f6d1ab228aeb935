#include "CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Spyline {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Spyline::CsvReader", text);
}
} // namespace

CsvReader::CsvReader(QIODevice& device, qsizetype maxFieldLength)
    : m_device(device)
    , m_decoder(QStringDecoder::Utf8)
    , m_maxFieldLength(maxFieldLength)
{
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    const QByteArray bytes = m_device.read(1 << 16);
    if (bytes.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_bytesRead += bytes.size();
    m_chunk = m_decoder.decode(bytes);
    m_pos = 0;
    if (m_decoder.hasError()) {
        m_error = tr("the text is not UTF-8; save the file as UTF-8 and import it again");
        m_errorLine = m_line;
        m_eof = true;
        return false;
    }
    if (m_atStart) {
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
        } else if (*c == u',') {
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
            m_error =
                tr("field %1: only a comma or the end of the line may follow a closing quote").arg(fields.size() + 1);
            m_errorLine = m_line;
            return std::nullopt;
        } else if (*c == u'"' && !fieldStarted) {
            quoted = true;
        } else {
            field += *c;
        }
        fieldStarted = true;
        if (field.size() > m_maxFieldLength) {
            m_error = tr("field %1 is longer than %2 characters").arg(fields.size() + 1).arg(m_maxFieldLength);
            m_errorLine = m_recordLine;
            return std::nullopt;
        }
    }
}

} // namespace Spyline
