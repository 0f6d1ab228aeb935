#include "records/ViewState.h"

#include <QDate>

#include <algorithm>

namespace Spyline {

ViewState::ViewState(QObject* parent)
    : QObject(parent)
{
}

std::optional<DayRange> ViewState::dateRange() const
{
    if (!m_filter.fromDay && !m_filter.toDay)
        return std::nullopt;
    static const DayNumber firstDay = DayNumber(QDate(1, 1, 1).toJulianDay());
    static const DayNumber lastDay = DayNumber(QDate(9999, 12, 31).toJulianDay());
    const DayNumber from = m_filter.fromDay.value_or(std::min(firstDay, m_filter.toDay.value_or(firstDay)));
    const DayNumber to = m_filter.toDay.value_or(std::max(lastDay, from));
    return DayRange {from, to};
}

void ViewState::selectCases(const QList<Id>& caseIds)
{
    const RecordRef current = caseIds.isEmpty() ? RecordRef {} : RecordRef {RecordRef::Kind::Case, caseIds.first()};
    const bool keepPick = !caseIds.isEmpty() && caseIds.first() == currentCase() && !m_current.isNull();
    if (sameItems(caseIds, m_cases) && (keepPick || current == m_current))
        return;
    m_cases = caseIds;
    if (!keepPick)
        m_current = current;
    Q_EMIT selectionChanged();
}

void ViewState::pick(const RecordRef& record, Id caseId)
{
    QList<Id> cases;
    if (record.kind == RecordRef::Kind::Case)
        cases = {record.id};
    else if (caseId != 0)
        cases = {caseId};
    if (record == m_current && sameItems(cases, m_cases))
        return;
    m_current = record;
    m_cases = cases;
    Q_EMIT selectionChanged();
}

void ViewState::clearSelection()
{
    if (m_cases.isEmpty() && m_current.isNull())
        return;
    m_cases.clear();
    m_current = {};
    Q_EMIT selectionChanged();
}

void ViewState::setFilter(const CaseFilter& filter)
{
    if (filter == m_filter)
        return;
    const bool datesChanged = filter.fromDay != m_filter.fromDay || filter.toDay != m_filter.toDay;
    m_filter = filter;
    Q_EMIT filterChanged();
    if (datesChanged)
        Q_EMIT dateRangeChanged();
}

void ViewState::setDateRange(const std::optional<DayRange>& range)
{
    CaseFilter filter = m_filter;
    if (range) {
        filter.fromDay = std::min(range->first, range->last);
        filter.toDay = std::max(range->first, range->last);
    } else {
        filter.fromDay.reset();
        filter.toDay.reset();
    }
    setFilter(filter);
}

} // namespace Spyline
