#pragma once

#include "records/CaseFilter.h"

#include <QObject>

#include <optional>

namespace Spyline {

// A span of whole days, both ends included.
struct DayRange
{
    DayNumber first = 0;
    DayNumber last = 0;
    bool contains(DayNumber day) const
    {
        return day >= first && day <= last;
    }
    bool operator==(const DayRange& other) const = default;
};

// A record shown somewhere, for selection and editing across views.
struct RecordRef
{
    enum class Kind : quint8
    {
        None,
        Case,
        Event,
        Actor,
        Source,
    };
    Kind kind = Kind::None;
    Id id = 0;
    bool isNull() const
    {
        return kind == Kind::None || id == 0;
    }
    bool operator==(const RecordRef& other) const = default;
};

// What every view shares: the selection and the filter. Selecting a case in the table, the timeline
// or the graph selects it in the others; setters that change nothing announce nothing, so views can
// follow each other without loops. The date range brushed on the timeline is the filter's dates,
// the same state as the from and to fields: brushing fills them, clearing them clears it.
class ViewState : public QObject
{
    Q_OBJECT
public:
    explicit ViewState(QObject* parent = nullptr);

    // The selected cases; the first is the current one.
    const QList<Id>& selectedCases() const
    {
        return m_cases;
    }
    Id currentCase() const
    {
        return m_cases.value(0, 0);
    }
    // The record picked last in any view (a case, an event, an actor ...).
    const RecordRef& current() const
    {
        return m_current;
    }
    const CaseFilter& filter() const
    {
        return m_filter;
    }
    // The filter's dates, as brushed on the timeline or typed; an open end reaches the first or
    // last day the calendar holds. None when the filter has no dates.
    std::optional<DayRange> dateRange() const;
    // What every view shows: the filter, dates included.
    CaseFilter effectiveFilter() const
    {
        return m_filter;
    }

public Q_SLOTS:
    void selectCases(const QList<Spyline::Id>& caseIds);
    // Picks a record; its case (when it has one) becomes the selected case.
    void pick(const Spyline::RecordRef& record, Spyline::Id caseId = 0);
    void clearSelection();
    void setFilter(const Spyline::CaseFilter& filter);
    // Sets the filter's dates (both ends), or clears them.
    void setDateRange(const std::optional<Spyline::DayRange>& range);
    void clearDateRange()
    {
        setDateRange(std::nullopt);
    }
    // Asks the window to open the editor of a record (a double-click in any view).
    void requestEdit(const Spyline::RecordRef& record)
    {
        Q_EMIT editRequested(record);
    }

Q_SIGNALS:
    void selectionChanged();
    void filterChanged();
    // The filter's dates changed (after filterChanged).
    void dateRangeChanged();
    void editRequested(const Spyline::RecordRef& record);

private:
    QList<Id> m_cases;
    RecordRef m_current;
    CaseFilter m_filter;
};

} // namespace Spyline

Q_DECLARE_METATYPE(Spyline::RecordRef)
