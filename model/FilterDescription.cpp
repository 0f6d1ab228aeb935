#include "FilterDescription.h"

#include "ActorRepository.h"
#include "CountryCatalog.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDate>

namespace Spyline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Spyline::FilterDescription", text);
}

QString joinWords(const QStringList& words)
{
    if (words.size() <= 1)
        return words.value(0);
    return words.mid(0, words.size() - 1).join(QStringLiteral(", ")) + tr(" or ") + words.last();
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
        return a.year() == b.year() ? QString::number(a.year())
                                    : QString::number(a.year()) + dash + QString::number(b.year());
    if (wholeMonths) {
        if (a.year() == b.year() && a.month() == b.month())
            return monthAbbreviation(a.month()) + u' ' + QString::number(a.year());
        if (a.year() == b.year())
            return monthAbbreviation(a.month()) + dash + monthAbbreviation(b.month()) + u' '
                + QString::number(b.year());
        return monthAbbreviation(a.month()) + u' ' + QString::number(a.year()) + dash + monthAbbreviation(b.month())
            + u' ' + QString::number(b.year());
    }
    const QString end = PartialDate::fromDay(last).displayText();
    if (first == last)
        return end;
    if (a.year() == b.year())
        return QString::number(a.day()) + u' ' + monthAbbreviation(a.month()) + dash + end;
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
        parts.append(tr("involving %1").arg(joinWords(names)));
    }
    if (!filter.countries.isEmpty()) {
        QStringList names;
        for (const QString& code : filter.countries)
            names.append(CountryCatalog::name(code));
        parts.append(tr("target or accused %1").arg(joinWords(names)));
    }
    if (!filter.venueCountries.isEmpty()) {
        QStringList names;
        for (const QString& code : filter.venueCountries)
            names.append(CountryCatalog::name(code));
        parts.append(tr("recruited in %1").arg(joinWords(names)));
    }
    if (!filter.statuses.isEmpty()) {
        QStringList labels;
        for (CaseStatus status : filter.statuses)
            labels.append(toLabel(status));
        parts.append(tr("status %1").arg(joinWords(labels)));
    }
    if (!filter.eventKinds.isEmpty()) {
        QStringList labels;
        for (EventKind kind : filter.eventKinds)
            labels.append(toLabel(kind));
        parts.append(tr("with an event of kind %1").arg(joinWords(labels)));
    }
    if (!filter.text.trimmed().isEmpty())
        parts.append(tr("matching \u201c%1\u201d").arg(filter.text.trimmed()));
    if (filter.fromDay && filter.toDay)
        parts.append(tr("disclosed %1").arg(describeDayRange(*filter.fromDay, *filter.toDay)));
    else if (filter.fromDay)
        parts.append(tr("disclosed from %1").arg(PartialDate::fromDay(*filter.fromDay).displayText()));
    else if (filter.toDay)
        parts.append(tr("disclosed until %1").arg(PartialDate::fromDay(*filter.toDay).displayText()));
    if (!filter.caseIds.isEmpty())
        parts.append(filter.caseIds.size() == 1 ? tr("one selected case")
                                                : tr("%1 selected cases").arg(filter.caseIds.size()));
    if (parts.isEmpty())
        return tr("All cases");
    return tr("Cases") + u' ' + parts.join(QStringLiteral(", "));
}

QString describeKnownOn(const CaseFilter& filter)
{
    if (!filter.knownOn)
        return {};
    return tr("As publicly known on %1.").arg(PartialDate::fromDay(*filter.knownOn).displayText());
}

} // namespace Spyline
