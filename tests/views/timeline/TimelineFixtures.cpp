#include "TimelineFixtures.h"

#include "TestSupport.h"
#include "store/Store.h"
#include "transfer/SyntheticCollection.h"

#include <QDate>
#include <QDir>
#include <QImage>

#include <map>

namespace Spyline::TimelineFixtures {

std::shared_ptr<const TimelineData> load(Store& store)
{
    auto data = TimelineData::load(store);
    EXPECT_TRUE(data.ok()) << data.error().toStdString();
    return data ? *data : std::make_shared<const TimelineData>();
}

std::shared_ptr<const TimelineData> sampleData()
{
    static std::shared_ptr<const TimelineData> data = [] {
        auto store = Fixtures::sampleStore();
        return load(*store);
    }();
    return data;
}

std::shared_ptr<const TimelineData> syntheticData(int cases)
{
    static std::map<int, std::shared_ptr<const TimelineData>> cache;
    auto& data = cache[cases];
    if (!data) {
        auto store = Fixtures::memoryStore();
        const auto report = generateSyntheticCollection(*store, {cases, 7});
        EXPECT_TRUE(report.ok()) << report.error().toStdString();
        data = load(*store);
    }
    return data;
}

LaneStack stackFor(const TimelineLanes& lanes, QSizeF size, const TimelineOptions& options, std::vector<int> collapsed)
{
    return LaneStack(lanes.count(), TimelineLayout::laneHeightFor(lanes.key(), lanes.count(), size, options),
                     TimelineLayout::CollapsedLaneHeight, std::move(collapsed));
}

TimelineLayout layout(const std::shared_ptr<const TimelineLanes>& lanes, const TimeWindow& window, QSizeF size,
                      TimelineOptions options)
{
    TimelineState state;
    state.window = window;
    state.size = size;
    return TimelineLayout(lanes, stackFor(*lanes, size, options), state, options, ChartTheme::print());
}

int eventNamed(const TimelineData& data, const QString& title)
{
    for (size_t i = 0; i < data.events().size(); ++i) {
        if (data.eventTitle(qsizetype(i)) == title)
            return int(i);
    }
    return -1;
}

DayNumber day(int year, int month, int day)
{
    return DayNumber(QDate(year, month, day).toJulianDay());
}

void saveScreenshot(const QImage& image, const QString& name)
{
    const QString folder = qEnvironmentVariable("SPYLINE_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    image.save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace Spyline::TimelineFixtures
