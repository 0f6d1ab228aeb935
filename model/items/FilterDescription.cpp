#include "items/FilterDescription.h"

#include "records/CountryCatalog.h"
#include "store/ActorRepository.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDate>

namespace Spyline {

namespace {

// tr() for the functions here, which belong to no class.
struct FilterDescription
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::FilterDescription)
};

QString joinWords(const QStringList& words)
{
    if (words.size() <= 1)
        return words.value(0);
    return words.mid(0, words.size() - 1).join(QStringLiteral(", ")) + FilterDescription::tr(" or ") + words.last();
}

} // namespace

QString describeDayRange(DayNumber first, DayNumber last)
{
    const QDate a = QDate::fromJulianDay(first);
    const QDate b = QDate::fromJulianDay(last);
    const bool wholeMonths = a.day() == 1 && b.day() == b.daysInMonth();
    const bool wholeYears = wholeMonths && a.month() == 1 && b.month() == 12;
    const QString dash = QStringLiteral("\u2013");
    if (wholeYears)
        return a.year() == b.year() ? yearText(a.year()) : yearText(a.year()) + dash + yearText(b.year());
    if (wholeMonths) {
        if (a.year() == b.year() && a.month() == b.month())
            return monthText(a.year(), a.month());
        if (a.year() == b.year())
            return FilterDescription::tr("%1\u2013%2 %3", "months of one year: first month, last month, year")
                .arg(monthAbbreviation(a.month()), monthAbbreviation(b.month()), QString::number(b.year()));
        return monthText(a.year(), a.month()) + dash + monthText(b.year(), b.month());
    }
    const QString end = PartialDate::fromDay(last).displayText();
    if (first == last)
        return end;
    if (a.year() == b.year()) {
        return FilterDescription::tr("%1 %2\u2013%3 %4 %5",
                                     "days of one year: first day, its month, last day, its month, year")
            .arg(QString::number(a.day()), monthAbbreviation(a.month()), QString::number(b.day()),
                 monthAbbreviation(b.month()), QString::number(b.year()));
    }
    return PartialDate::fromDay(first).displayText() + dash + end;
}

QString describeFilter(Store& store, const CaseFilter& filter)
{
    QStringList parts;
    if (!filter.agencies.isEmpty()) {
        QStringList names;
        ActorRepository actors(store);
        for (Id id : filter.agencies) {
            if (auto actor = actors.get(id))
                names.append(actor->name);
        }
        parts.append(FilterDescription::tr("involving %1").arg(joinWords(names)));
    }
    if (!filter.countries.isEmpty()) {
        QStringList names;
        for (const QString& code : filter.countries)
            names.append(CountryCatalog::name(code));
        parts.append(FilterDescription::tr("target or accused %1").arg(joinWords(names)));
    }
    if (!filter.venueCountries.isEmpty()) {
        QStringList names;
        for (const QString& code : filter.venueCountries)
            names.append(CountryCatalog::name(code));
        parts.append(FilterDescription::tr("recruited in %1").arg(joinWords(names)));
    }
    if (!filter.statuses.isEmpty()) {
        QStringList labels;
        for (CaseStatus status : filter.statuses)
            labels.append(toLabel(status));
        parts.append(FilterDescription::tr("status %1").arg(joinWords(labels)));
    }
    if (!filter.eventKinds.isEmpty()) {
        QStringList labels;
        for (EventKind kind : filter.eventKinds)
            labels.append(toLabel(kind));
        parts.append(FilterDescription::tr("with an event of kind %1").arg(joinWords(labels)));
    }
    if (!filter.text.trimmed().isEmpty())
        parts.append(FilterDescription::tr("matching \u201c%1\u201d").arg(filter.text.trimmed()));
    if (filter.fromDay && filter.toDay)
        parts.append(FilterDescription::tr("disclosed %1").arg(describeDayRange(*filter.fromDay, *filter.toDay)));
    else if (filter.fromDay)
        parts.append(
            FilterDescription::tr("disclosed from %1").arg(PartialDate::fromDay(*filter.fromDay).displayText()));
    else if (filter.toDay)
        parts.append(
            FilterDescription::tr("disclosed until %1").arg(PartialDate::fromDay(*filter.toDay).displayText()));
    if (!filter.caseIds.isEmpty())
        parts.append(FilterDescription::tr("%Ln selected case(s)", nullptr, int(filter.caseIds.size())));
    if (parts.isEmpty())
        return FilterDescription::tr("All cases");
    return FilterDescription::tr("Cases %1", "the cases a filter selects, then what it selects them by")
        .arg(parts.join(FilterDescription::tr(", ", "between the conditions of a filter")));
}

QString joinSentences(const QString& first, const QString& second)
{
    if (first.isEmpty() || second.isEmpty())
        return first + second;
    static const QString ends = QStringLiteral(".!?\u3002\uff01\uff1f");
    if (ends.contains(first.back()))
        return FilterDescription::tr("%1 %2", "two sentences, the first one ended").arg(first, second);
    return FilterDescription::tr("%1. %2", "two sentences, the first one not yet ended").arg(first, second);
}

QString describeKnownOn(const CaseFilter& filter)
{
    if (!filter.knownOn)
        return {};
    return FilterDescription::tr("As publicly known on %1.").arg(PartialDate::fromDay(*filter.knownOn).displayText());
}

} // namespace Spyline
