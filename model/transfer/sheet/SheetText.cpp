#include "transfer/sheet/SheetText.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

#include <array>

namespace Spyline {

namespace {

// tr() for the functions here, which belong to no class.
struct SheetText
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::SheetText)
};

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; the five unassigned bytes keep their C1 code.
constexpr std::array<char16_t, 32> windows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// The offset of the first byte that is not part of well-formed UTF-8, or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80; // no overlong forms
            high = lead == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(bytes[i + k]);
            const unsigned char min = k == 1 ? low : 0x80;
            const unsigned char max = k == 1 ? high : 0xBF;
            if (next < min || next > max)
                return i;
        }
        i += length;
    }
    return -1;
}

int lineAt(QByteArrayView bytes, qsizetype offset)
{
    return static_cast<int>(bytes.first(offset).count('\n')) + 1;
}

bool startsWith(QByteArrayView bytes, std::initializer_list<unsigned char> mark)
{
    if (bytes.size() < static_cast<qsizetype>(mark.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char byte : mark) {
        if (static_cast<unsigned char>(bytes[i++]) != byte)
            return false;
    }
    return true;
}

} // namespace

QList<SheetEncoding> allEncodings()
{
    return {SheetEncoding::Utf8, SheetEncoding::Utf8WithBom, SheetEncoding::Utf16LittleEndian,
            SheetEncoding::Utf16BigEndian, SheetEncoding::Windows1252};
}

QString encodingLabel(SheetEncoding encoding)
{
    switch (encoding) {
    case SheetEncoding::Utf8:
        return SheetText::tr("UTF-8");
    case SheetEncoding::Utf8WithBom:
        return SheetText::tr("UTF-8 with byte-order mark");
    case SheetEncoding::Utf16LittleEndian:
        return SheetText::tr("UTF-16 (little-endian)");
    case SheetEncoding::Utf16BigEndian:
        return SheetText::tr("UTF-16 (big-endian)");
    case SheetEncoding::Windows1252:
        return SheetText::tr("Windows-1252 (Western European)");
    }
    return {};
}

QString encodingKey(SheetEncoding encoding)
{
    switch (encoding) {
    case SheetEncoding::Utf8:
        return QStringLiteral("utf-8");
    case SheetEncoding::Utf8WithBom:
        return QStringLiteral("utf-8-bom");
    case SheetEncoding::Utf16LittleEndian:
        return QStringLiteral("utf-16le");
    case SheetEncoding::Utf16BigEndian:
        return QStringLiteral("utf-16be");
    case SheetEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return {};
}

std::optional<SheetEncoding> encodingFromKey(QStringView key)
{
    const QString folded = key.trimmed().toString().toLower();
    for (SheetEncoding encoding : allEncodings()) {
        if (encodingKey(encoding) == folded)
            return encoding;
    }
    if (folded == QStringLiteral("utf8"))
        return SheetEncoding::Utf8;
    if (folded == QStringLiteral("cp1252"))
        return SheetEncoding::Windows1252;
    return std::nullopt;
}

SheetEncoding detectEncoding(QByteArrayView bytes)
{
    if (startsWith(bytes, {0xEF, 0xBB, 0xBF}))
        return SheetEncoding::Utf8WithBom;
    if (startsWith(bytes, {0xFF, 0xFE}))
        return SheetEncoding::Utf16LittleEndian;
    if (startsWith(bytes, {0xFE, 0xFF}))
        return SheetEncoding::Utf16BigEndian;
    return firstInvalidUtf8(bytes) < 0 ? SheetEncoding::Utf8 : SheetEncoding::Windows1252;
}

Result<QString> decodeSheetText(QByteArrayView bytes, SheetEncoding encoding)
{
    switch (encoding) {
    case SheetEncoding::Utf8:
    case SheetEncoding::Utf8WithBom: {
        if (startsWith(bytes, {0xEF, 0xBB, 0xBF}))
            bytes = bytes.sliced(3);
        if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
            return fail(SheetText::tr("line %1: the text is not UTF-8 (byte 0x%2); choose the file's encoding, such as "
                                      "Windows-1252, or save it as UTF-8")
                            .arg(lineAt(bytes, bad))
                            .arg(static_cast<unsigned char>(bytes[bad]), 2, 16, QLatin1Char('0')));
        }
        return QString::fromUtf8(bytes);
    }
    case SheetEncoding::Utf16LittleEndian:
    case SheetEncoding::Utf16BigEndian: {
        const bool little = encoding == SheetEncoding::Utf16LittleEndian;
        if (startsWith(bytes,
                       little ? std::initializer_list<unsigned char> {0xFF, 0xFE}
                              : std::initializer_list<unsigned char> {0xFE, 0xFF}))
            bytes = bytes.sliced(2);
        if (bytes.size() % 2 != 0)
            return fail(SheetText::tr("the text is not UTF-16: it has an odd number of bytes"));
        QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        QString text = decoder.decode(bytes);
        if (decoder.hasError())
            return fail(SheetText::tr("the text is not UTF-16: it holds a broken character"));
        return text;
    }
    case SheetEncoding::Windows1252: {
        QString text(bytes.size(), Qt::Uninitialized);
        QChar* out = text.data();
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const auto byte = static_cast<unsigned char>(bytes[i]);
            out[i] = byte >= 0x80 && byte <= 0x9F ? QChar(windows1252High[byte - 0x80]) : QChar(char16_t(byte));
        }
        return text;
    }
    }
    return fail(SheetText::tr("unknown encoding"));
}

QChar detectDelimiter(QStringView text)
{
    constexpr std::array<char16_t, 3> candidates = {u',', u';', u'\t'};
    // Per candidate: how many delimiters each of the first lines holds outside quotes.
    std::array<QList<int>, 3> counts;
    std::array<int, 3> current = {0, 0, 0};
    const auto endLine = [&] {
        for (size_t k = 0; k < candidates.size(); ++k) {
            counts[k].append(current[k]);
            current[k] = 0;
        }
    };
    bool quoted = false;
    qsizetype i = 0;
    for (; i < text.size() && counts[0].size() < 50; ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == u'\n') {
            endLine();
        } else {
            for (size_t k = 0; k < candidates.size(); ++k) {
                if (c == QChar(candidates[k]))
                    ++current[k];
            }
        }
    }
    if (i == text.size() && !text.endsWith(u'\n'))
        endLine();
    // The winner is the delimiter whose most common count per line is shared by the most lines.
    QChar best = u',';
    int bestAgreeing = 0;
    int bestWidth = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        QHash<int, int> frequency;
        for (int count : std::as_const(counts[k])) {
            if (count > 0)
                ++frequency[count];
        }
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > bestAgreeing || (it.value() == bestAgreeing && it.key() > bestWidth)) {
                bestAgreeing = it.value();
                bestWidth = it.key();
                best = QChar(candidates[k]);
            }
        }
    }
    return best;
}

QString delimiterKey(QChar delimiter)
{
    if (delimiter == u';')
        return QStringLiteral("semicolon");
    if (delimiter == u'\t')
        return QStringLiteral("tab");
    return QStringLiteral("comma");
}

std::optional<QChar> delimiterFromKey(QStringView key)
{
    const QString folded = key.toString().toLower();
    if (folded == QStringLiteral("comma") || folded == QStringLiteral(","))
        return QChar(u',');
    if (folded == QStringLiteral("semicolon") || folded == QStringLiteral(";"))
        return QChar(u';');
    if (folded == QStringLiteral("tab") || folded == QStringLiteral("\t"))
        return QChar(u'\t');
    return std::nullopt;
}

QString delimiterLabel(QChar delimiter)
{
    if (delimiter == u';')
        return SheetText::tr("Semicolon");
    if (delimiter == u'\t')
        return SheetText::tr("Tab");
    return SheetText::tr("Comma");
}

int detectHeaderRow(const QList<QStringList>& firstRecords)
{
    const auto filled = [](const QStringList& record) {
        int n = 0;
        for (const QString& cell : record) {
            if (!cell.trimmed().isEmpty())
                ++n;
        }
        return n;
    };
    int widest = 0;
    for (const QStringList& record : firstRecords)
        widest = std::max(widest, filled(record));
    const int needed = std::max(2, (widest + 1) / 2);
    for (int i = 0; i < firstRecords.size(); ++i) {
        if (filled(firstRecords.at(i)) >= needed)
            return i;
    }
    return 0;
}

} // namespace Spyline
