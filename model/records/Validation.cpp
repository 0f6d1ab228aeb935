#include "records/Validation.h"

#include "records/CountryCatalog.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

namespace Spyline {

namespace {

// tr() for the functions here, which belong to no class.
struct Validation
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::Validation)
};

Status checkTitle(const QString& field, const QString& text, const QString& what)
{
    if (normaliseText(text).trimmed().isEmpty())
        return fail(Validation::tr("%1: %2 needs a %1").arg(field, what));
    if (text.size() > MaxTitleLength)
        return fail(Validation::tr("%1: is %2 characters long; at most %3 are kept")
                        .arg(field)
                        .arg(text.size())
                        .arg(MaxTitleLength));
    return {};
}

Status checkLength(const QString& field, const QString& text)
{
    if (text.size() > MaxTextLength)
        return fail(Validation::tr("%1: is %2 characters long; at most %3 are kept")
                        .arg(field)
                        .arg(text.size())
                        .arg(MaxTextLength));
    return {};
}

bool isLineBreak(char16_t c)
{
    return c == u'\v' || c == u'\f' || c == 0x2028 || c == 0x2029 || c == 0x85;
}

bool isDropped(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || (c >= 0x7F && c <= 0x9F && c != 0x85) || c == 0xFFFE
        || c == 0xFFFF;
}

// A record's key from its sheet: one line, as long as a title at most.
Status checkReference(const QString& reference)
{
    if (reference.size() > MaxTitleLength)
        return fail(Validation::tr("reference: is %1 characters long; at most %2 are kept")
                        .arg(reference.size())
                        .arg(MaxTitleLength));
    if (reference.contains(u'\n') || reference.contains(u'\r'))
        return fail(Validation::tr("reference: a reference is one line"));
    return {};
}

} // namespace

QString normaliseText(const QString& text)
{
    const auto clean = [](char16_t c) {
        return c >= 0x20 ? !(isLineBreak(c) || isDropped(c)) : c == u'\t' || c == u'\n';
    };
    if (std::all_of(text.cbegin(), text.cend(), [&](QChar c) { return clean(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                continue;
            out += u'\n';
        } else if (isLineBreak(c)) {
            out += u'\n';
        } else if (!isDropped(c)) {
            out += QChar(c);
        }
    }
    return out;
}

Status validateCountry(const QString& field, const QString& code)
{
    if (code.isEmpty() || CountryCatalog::isKnownCode(code))
        return {};
    return fail(Validation::tr("%1: \"%2\" is not a country code Spyline knows").arg(field, code));
}

Result<PartialDate> parseOptionalDate(const QString& field, const QString& text)
{
    if (text.trimmed().isEmpty())
        return PartialDate();
    auto date = PartialDate::parse(text);
    if (!date)
        return fail(field + QStringLiteral(": ") + date.error());
    return date;
}

Status validateSourceUrl(const QString& url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return fail(Validation::tr("url: a source needs the address where it can be read"));
    const QUrl parsed(trimmed, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (scheme != QStringLiteral("http") && scheme != QStringLiteral("https"))
        return fail(
            Validation::tr("url: only http and https addresses are accepted, not \"%1\"").arg(trimmed.left(200)));
    if (!parsed.isValid() || parsed.host().isEmpty())
        return fail(Validation::tr("url: \"%1\" is not a valid web address").arg(trimmed.left(200)));
    if (trimmed != url)
        return fail(Validation::tr("url: remove the spaces around the address"));
    return {};
}

Status validateActor(const Actor& actor)
{
    if (Status s = checkTitle(QStringLiteral("name"), actor.name, Validation::tr("an actor")); !s)
        return s;
    if (Status s = validateCountry(QStringLiteral("country"), actor.country); !s)
        return s;
    if (actor.partOf != 0 && actor.partOf == actor.id)
        return fail(Validation::tr("part_of: an actor cannot be part of itself"));
    if (Status s = checkLength(QStringLiteral("notes"), actor.notes); !s)
        return s;
    return {};
}

Status validateCase(const Case& record)
{
    if (Status s = checkTitle(QStringLiteral("title"), record.title, Validation::tr("a case")); !s)
        return s;
    if (Status s = checkLength(QStringLiteral("summary"), record.summary); !s)
        return s;
    if (Status s = validateCountry(QStringLiteral("target_country"), record.targetCountry); !s)
        return s;
    if (Status s = checkReference(record.reference); !s)
        return s;
    return validateCountry(QStringLiteral("accused_country"), record.accusedCountry);
}

Status validateEvent(const Event& event)
{
    if (Status s = checkTitle(QStringLiteral("title"), event.title, Validation::tr("an event")); !s)
        return s;
    if (event.date.isNull() && !event.endDate.isNull())
        return fail(
            Validation::tr("end_date: an event with no known date has no end date either; write the date as a range, "
                           "such as ../%1 for on or before")
                .arg(event.endDate.text()));
    if (!event.endDate.isNull() && event.endDate.latestDay() < event.date.earliestDay())
        return fail(Validation::tr("end_date: %1 is before the start, %2")
                        .arg(event.endDate.displayText(), event.date.displayText()));
    if (Status s = checkLength(QStringLiteral("description"), event.description); !s)
        return s;
    if (Status s = checkReference(event.reference); !s)
        return s;
    return validateCountry(QStringLiteral("country"), event.country);
}

Status validateSource(const Source& source)
{
    if (Status s = validateSourceUrl(source.url); !s)
        return s;
    if (source.grade.reliability < 'A' || source.grade.reliability > 'F')
        return fail(Validation::tr("reliability: use A (completely reliable) to F (cannot be judged)"));
    if (source.grade.credibility < 1 || source.grade.credibility > 6)
        return fail(Validation::tr("credibility: use 1 (confirmed) to 6 (cannot be judged)"));
    return {};
}

Status validateLink(const Link& link)
{
    if (link.fromEvent == 0 || link.toEvent == 0)
        return fail(Validation::tr("link: a link ties two stored events"));
    if (link.fromEvent == link.toEvent)
        return fail(Validation::tr("link: an event cannot be linked to itself"));
    return {};
}

} // namespace Spyline
