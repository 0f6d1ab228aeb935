#include "ViewState.h"

#include "TestSupport.h"

#include <QSignalSpy>

using namespace Spyline;

namespace {

TEST(ViewState, AnnouncesOnlyRealChanges)
{
    ViewState state;
    QSignalSpy selection(&state, &ViewState::selectionChanged);
    state.selectCases({3});
    state.selectCases({3});
    EXPECT_EQ(selection.count(), 1);
    EXPECT_EQ(state.currentCase(), 3);
    EXPECT_EQ(state.current(), (RecordRef {RecordRef::Kind::Case, 3}));
    state.clearSelection();
    state.clearSelection();
    EXPECT_EQ(selection.count(), 2);
    EXPECT_EQ(state.currentCase(), 0);
}

TEST(ViewState, PickingAnEventSelectsItsCase)
{
    ViewState state;
    state.pick(RecordRef {RecordRef::Kind::Event, 11}, 4);
    EXPECT_EQ(state.selectedCases(), QList<Id> {4});
    EXPECT_EQ(state.current().kind, RecordRef::Kind::Event);
    // The table following the selection does not undo the pick.
    QSignalSpy selection(&state, &ViewState::selectionChanged);
    state.selectCases({4});
    EXPECT_EQ(selection.count(), 0);
    EXPECT_EQ(state.current().id, 11);
}

TEST(ViewState, DateRangeNarrowsTheFilter)
{
    ViewState state;
    QSignalSpy range(&state, &ViewState::dateRangeChanged);
    CaseFilter filter;
    filter.fromDay = 100;
    state.setFilter(filter);
    state.setDateRange(DayRange {300, 50}); // dragged right to left
    EXPECT_EQ(state.dateRange(), (DayRange {50, 300}));
    EXPECT_EQ(state.effectiveFilter().fromDay, 100);
    EXPECT_EQ(state.effectiveFilter().toDay, 300);
    state.setDateRange(DayRange {50, 300});
    EXPECT_EQ(range.count(), 1);
    state.clearDateRange();
    EXPECT_FALSE(state.effectiveFilter().toDay.has_value());
    EXPECT_EQ(range.count(), 2);
}

} // namespace
