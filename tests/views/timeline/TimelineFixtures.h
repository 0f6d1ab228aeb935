#pragma once

#include "ChartTheme.h"
#include "LaneStack.h"
#include "TimelineLayout.h"
#include "timeline/TimelineLanes.h"

#include <memory>

namespace Spyline {
class Store;
}

namespace Spyline::TimelineFixtures {

// The sample collection as the timeline loads it, kept for the whole test program.
std::shared_ptr<const TimelineData> sampleData();
// A synthetic collection of about five events a case, generated once per size.
std::shared_ptr<const TimelineData> syntheticData(int cases);
std::shared_ptr<const TimelineData> load(Store& store);

LaneStack stackFor(const TimelineLanes& lanes, QSizeF size = {1600, 900}, const TimelineOptions& options = {},
                   std::vector<int> collapsed = {});
// A layout of the lanes at this size and window, scrolled to the top, drawn with the print theme.
TimelineLayout layout(const std::shared_ptr<const TimelineLanes>& lanes, const TimeWindow& window,
                      QSizeF size = {1600, 900}, TimelineOptions options = {});

// The index of the event with this title, or -1.
int eventNamed(const TimelineData& data, const QString& title);
DayNumber day(int year, int month, int day);

// Saves the image as NAME.png under $SPYLINE_SCREENSHOT_DIR when that is set, for people to look at.
void saveScreenshot(const QImage& image, const QString& name);

} // namespace Spyline::TimelineFixtures
