#include "records/FriendlyDate.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <optional>

namespace Spyline {

namespace {

using Qualifier = PartialDate::Qualifier;

// Words before a date that make it approximate, uncertain, or one end of a range; longest first
// where one begins another.
constexpr std::array approximateWords = {u"approximately", u"approx.", u"approx", u"circa", u"about", u"around",
                                         u"ca.",           u"ca",      u"c.",     u"c",     u"大约",  u"约"};
constexpr std::array uncertainWords = {u"probably", u"possibly", u"perhaps"};
constexpr std::array beforeWords = {u"on or before", u"no later than", u"not after", u"prior to",
                                    u"before",       u"until",         u"till",      u"by"};
constexpr std::array afterWords = {u"on or after", u"no earlier than", u"not before",
                                   u"later than",  u"after",           u"since"};
constexpr std::array unknownWords = {u"unknown", u"date unknown", u"unknown date", u"undated", u"no date",
                                     u"n.d.",    u"n. d.",        u"nd",           u"?",       u"??",
                                     u"xxxx",    u"not known",    u"不详",         u"未知",    u"日期不详"};
constexpr std::array monthNames = {u"january", u"february", u"march",     u"april",   u"may",      u"june",
                                   u"july",    u"august",   u"september", u"october", u"november", u"december"};

// Nested forms ("c. before about 1984") are read this deep at most.
constexpr int MaxDepth = 6;

// `lower` begins with `word` followed by something that is not a letter.
bool startsWithWord(const QString& lower, QStringView word)
{
    if (!lower.startsWith(word))
        return false;
    return lower.size() == word.size() || !lower.at(word.size()).isLetter() || word.back().unicode() > 0x2E7F;
}

int monthFromName(QStringView name)
{
    QString key = name.toString().toLower();
    if (key.endsWith(u'.'))
        key.chop(1);
    if (key == u"sept")
        key = QStringLiteral("sep");
    if (key.size() < 3)
        return 0;
    for (size_t i = 0; i < monthNames.size(); ++i) {
        const QStringView full(monthNames[i]);
        if (key == full || (key.size() == 3 && full.startsWith(key)))
            return int(i) + 1;
    }
    return 0;
}

class FriendlyDateReader
{
public:
    FriendlyDateReader(QStringView original, const QString& edtfError)
        : m_original(original.toString().trimmed())
        , m_edtfError(edtfError)
    {
    }

    Result<PartialDate> run()
    {
        return read(m_original, 0, m_edtfError);
    }

private:
    // EDTF text built from a friendly form; the error names the form as it was written.
    Result<PartialDate> edtf(const QString& text, const QString& written) const
    {
        auto date = PartialDate::parseEdtf(text);
        if (date)
            return date;
        QString message = date.error();
        message.replace(u'"' + text + u'"', u'"' + written + u'"');
        return fail(message);
    }

    Result<PartialDate> readInner(const QString& text, int depth)
    {
        auto edtfDate = PartialDate::parseEdtf(text);
        if (edtfDate)
            return edtfDate;
        return read(text, depth + 1, edtfDate.error());
    }

    Result<PartialDate> read(const QString& input, int depth, const QString& edtfError)
    {
        const QString text = input.simplified();
        const QString lower = text.toLower();
        if (text.isEmpty() || depth > MaxDepth)
            return fail(edtfError);
        for (QStringView word : unknownWords) {
            if (lower == word)
                return PartialDate();
        }

        // "~2015": the approximate form Spyline stored before EDTF.
        if (text.startsWith(u'~')) {
            const QString rest = text.mid(1).trimmed();
            if (rest.isEmpty())
                return fail(PartialDate::tr("the date after ~ is empty: %1").arg(edtfHint()));
            return qualified(readInner(rest, depth), Qualifier::Approximate);
        }
        for (QStringView word : approximateWords) {
            if (startsWithWord(lower, word))
                return qualified(readInner(text.mid(word.size()).trimmed(), depth), Qualifier::Approximate);
        }
        for (QStringView word : uncertainWords) {
            if (startsWithWord(lower, word))
                return qualified(readInner(text.mid(word.size()).trimmed(), depth), Qualifier::Uncertain);
        }
        if (auto ranged = range(text, lower, depth))
            return *ranged;
        // "1984 (?)", "Jan 1984?"
        for (QStringView mark : {QStringView(u"(?)"), QStringView(u"?")}) {
            if (text.endsWith(mark) && text.size() > mark.size())
                return qualified(readInner(text.chopped(mark.size()).trimmed(), depth), Qualifier::Uncertain);
        }
        for (QStringView word : beforeWords) {
            if (startsWithWord(lower, word))
                return openRange(readInner(text.mid(word.size()).trimmed(), depth), true);
        }
        for (QStringView word : afterWords) {
            if (startsWithWord(lower, word))
                return openRange(readInner(text.mid(word.size()).trimmed(), depth), false);
        }
        for (QStringView word : {QStringView(u"之前"), QStringView(u"以前"), QStringView(u"前")}) {
            if (text.endsWith(word) && text.size() > word.size())
                return openRange(readInner(text.chopped(word.size()).trimmed(), depth), true);
        }
        for (QStringView word : {QStringView(u"之后"), QStringView(u"以后"), QStringView(u"后")}) {
            if (text.endsWith(word) && text.size() > word.size())
                return openRange(readInner(text.chopped(word.size()).trimmed(), depth), false);
        }
        if (auto decade = decadeForm(text, lower))
            return *decade;
        if (auto written = writtenForm(text, lower))
            return *written;
        return fail(edtfError);
    }

    static Result<PartialDate> qualified(Result<PartialDate> date, Qualifier qualifier)
    {
        if (!date || date->isNull())
            return date;
        return date->qualified(qualifier);
    }

    static Result<PartialDate> openRange(Result<PartialDate> date, bool before)
    {
        if (!date)
            return date;
        if (date->isNull() || date->isInterval())
            return fail(PartialDate::tr("\"before\" and \"after\" take one date, such as before 2023-08-11"));
        return before ? PartialDate::interval(PartialDate(), *date, true)
                      : PartialDate::interval(*date, PartialDate(), true);
    }

    // "2015-2017", "2015 to 2017", "from 2015 to 2017", "between 2015 and 2017", "Jun 2004 – Aug 2006".
    std::optional<Result<PartialDate>> range(const QString& text, const QString& lower, int depth)
    {
        static const QRegularExpression years(QStringLiteral("^(\\d{4})\\s*-\\s*(\\d{4})$"));
        if (const auto match = years.match(text); match.hasMatch())
            return ends(match.captured(1), match.captured(2), depth);
        QString body = text;
        QString bodyLower = lower;
        QStringView separator;
        if (startsWithWord(lower, u"between")) {
            body = text.mid(7).trimmed();
            bodyLower = body.toLower();
            separator = u" and ";
        } else if (startsWithWord(lower, u"from")) {
            body = text.mid(4).trimmed();
            bodyLower = body.toLower();
            separator = u" to ";
            if (!bodyLower.contains(separator))
                return openRange(readInner(body, depth), false);
        }
        const QStringView separators[] = {u" to ",   u" until ", u" \u2013 ", u"\u2013", u" \u2014 ",
                                          u"\u2014", u" - ",     u"\u81f3",   u"\u5230"};
        for (QStringView candidate : separators) {
            if (!separator.isEmpty())
                candidate = separator;
            const qsizetype at = bodyLower.indexOf(candidate);
            if (at < 0)
                continue;
            return ends(body.left(at).trimmed(), body.mid(at + candidate.size()).trimmed(), depth);
        }
        if (!separator.isEmpty())
            return Result<PartialDate>(fail(PartialDate::tr("\"%1\" is not a range: write it as %2")
                                                .arg(text,
                                                     separator == u" and " ? QStringLiteral("between 2015 and 2017")
                                                                           : QStringLiteral("from 2015 to 2017"))));
        return std::nullopt;
    }

    Result<PartialDate> ends(const QString& first, const QString& second, int depth)
    {
        const auto end = [&](const QString& part) -> Result<PartialDate> {
            if (part.isEmpty() || part == u"?")
                return PartialDate();
            return readInner(part, depth);
        };
        auto start = end(first);
        if (!start)
            return start;
        auto last = end(second);
        if (!last)
            return last;
        return PartialDate::interval(*start, *last);
    }

    // "1930s", "the 1930s", "1930's", "early 1990s", "mid-1990s", "late 1990s", "1930年代".
    std::optional<Result<PartialDate>> decadeForm(const QString& text, const QString& lower) const
    {
        static const QRegularExpression decade(QStringLiteral(
            "^(?:the\\s+)?(?:(early|mid|late)(?:\\s+|-))?(?:the\\s+)?(\\d{3})(\\d)(?:'?s|\\s*\\x{5e74}\\x{4ee3})$"));
        const auto match = decade.match(lower);
        if (!match.hasMatch())
            return std::nullopt;
        const QString first = match.captured(2);
        if (match.captured(3) != u"0") {
            return Result<PartialDate>(fail(
                PartialDate::tr("\"%1\": a decade starts at a year ending in 0, such as %2s").arg(text, first + u'0')));
        }
        const QString part = match.captured(1);
        if (part.isEmpty())
            return edtf(first + u'X', text);
        const int base = (first + u'0').toInt();
        const int from = part == u"early" ? 0 : part == u"mid" ? 4 : 7;
        const int to = part == u"early" ? 3 : part == u"mid" ? 6 : 9;
        return edtf(
            QStringLiteral("%1/%2").arg(base + from, 4, 10, QLatin1Char('0')).arg(base + to, 4, 10, QLatin1Char('0')),
            text);
    }

    // Dates written out: "15 Jan 1984", "January 15, 1984", "Jan 1984", "spring 2019",
    // "1984年1月15日", "2019年春季", "1984/01/15", "1984.0" (a year a spreadsheet wrote as a number).
    std::optional<Result<PartialDate>> writtenForm(const QString& text, const QString& lower) const
    {
        static const QRegularExpression chinese(
            QStringLiteral("^(\\d{4})\\s*\\x{5e74}(?:\\s*(\\d{1,2})\\s*\\x{6708}(?:\\s*(\\d{1,2})\\s*\\x{65e5})?)?$"));
        if (const auto match = chinese.match(text); match.hasMatch())
            return numeric(match.captured(1), match.captured(2), match.captured(3), text);
        // "2019年春季", as Spyline writes a season in Chinese.
        static const QRegularExpression chineseSeason(
            QStringLiteral("^(\\d{4})\\s*\\x{5e74}\\s*([\\x{6625}\\x{590f}\\x{79cb}\\x{51ac}])\\x{5b63}?$"));
        if (const auto match = chineseSeason.match(text); match.hasMatch()) {
            const int code = 21 + int(QStringView(u"\u6625\u590f\u79cb\u51ac").indexOf(match.captured(2).at(0)));
            return edtf(match.captured(1) + u'-' + QString::number(code), text);
        }
        static const QRegularExpression slashed(QStringLiteral("^(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})$"));
        if (const auto match = slashed.match(text); match.hasMatch())
            return numeric(match.captured(1), match.captured(2), match.captured(3), text);
        static const QRegularExpression spreadsheetYear(QStringLiteral("^(\\d{4})\\.0+$"));
        if (const auto match = spreadsheetYear.match(text); match.hasMatch())
            return edtf(match.captured(1), text);
        static const QRegularExpression season(
            QStringLiteral("^(spring|summer|autumn|fall|winter)(?:\\s+of)?\\s+(\\d{4})$"));
        if (const auto match = season.match(lower); match.hasMatch()) {
            const QString name = match.captured(1);
            const int code = name == u"spring" ? 21 : name == u"summer" ? 22 : name == u"winter" ? 24 : 23;
            return edtf(match.captured(2) + u'-' + QString::number(code), text);
        }

        QString spaced = text;
        spaced.replace(u',', u' ');
        const QStringList words = spaced.simplified().split(u' ');
        const auto isYear = [](const QString& word) {
            return word.size() == 4 && std::all_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
        };
        const auto isDay = [](const QString& word) {
            QString digits = word;
            if (digits.endsWith(u'.'))
                digits.chop(1);
            return !digits.isEmpty() && digits.size() <= 2
                && std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); });
        };
        const auto dayOf = [](QString word) {
            if (word.endsWith(u'.'))
                word.chop(1);
            return word;
        };
        if (words.size() == 2 && monthFromName(words[0]) > 0 && isYear(words[1]))
            return numeric(words[1], QString::number(monthFromName(words[0])), {}, text);
        if (words.size() == 3 && isYear(words[2])) {
            if (isDay(words[0]) && monthFromName(words[1]) > 0)
                return numeric(words[2], QString::number(monthFromName(words[1])), dayOf(words[0]), text);
            if (monthFromName(words[0]) > 0 && isDay(words[1]))
                return numeric(words[2], QString::number(monthFromName(words[0])), dayOf(words[1]), text);
        }
        return std::nullopt;
    }

    Result<PartialDate> numeric(const QString& year, const QString& month, const QString& day,
                                const QString& written) const
    {
        QString built = year;
        if (!month.isEmpty())
            built += u'-' + month.rightJustified(2, u'0');
        if (!day.isEmpty())
            built += u'-' + day.rightJustified(2, u'0');
        return edtf(built, written);
    }

    QString m_original;
    QString m_edtfError;
};

} // namespace

QString edtfHint()
{
    return PartialDate::tr(
        "write 1984, 1984-01 or 1984-01-15; 1984~ when approximate, 1984? when uncertain, 193X for a "
        "decade, 2015/2017 for a range, ../2023-08-11 for on or before, 2015-03/.. for on or after");
}

Result<PartialDate> readFriendlyDate(QStringView text, const QString& edtfError)
{
    return FriendlyDateReader(text, edtfError).run();
}

} // namespace Spyline
