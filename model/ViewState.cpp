#include "ViewState.h"

#include <algorithm>

namespace Spyline {

ViewState::ViewState(QObject* parent)
    : QObject(parent)
{
}

CaseFilter ViewState::effectiveFilter() const
{
    CaseFilter filter = m_filter;
    if (m_dateRange) {
        filter.fromDay = filter.fromDay ? std::max(*filter.fromDay, m_dateRange->first) : m_dateRange->first;
        filter.toDay = filter.toDay ? std::min(*filter.toDay, m_dateRange->last) : m_dateRange->last;
    }
    return filter;
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
    m_filter = filter;
    Q_EMIT filterChanged();
}

void ViewState::setDateRange(const std::optional<DayRange>& range)
{
    std::optional<DayRange> normalised = range;
    if (normalised && normalised->first > normalised->last)
        std::swap(normalised->first, normalised->last);
    if (normalised == m_dateRange)
        return;
    m_dateRange = normalised;
    Q_EMIT dateRangeChanged();
}

} // namespace Spyline
