#include "timeline/TimelineLoader.h"

#include "jobs/BackgroundJob.h"
#include "store/Store.h"

namespace Spyline {

TimelineLoader::TimelineLoader(QObject* parent)
    : QObject(parent)
    , m_job(new BackgroundJob(this))
{
}

TimelineLoader::~TimelineLoader() = default;

bool TimelineLoader::isRunning() const
{
    return m_job->isRunning() && !m_job->isCancelled();
}

void TimelineLoader::loadFile(const QString& path, LaneKey key, const std::optional<CaseFilter>& filter)
{
    start([path, key, filter](const JobControl& control) -> Lanes {
        Store store;
        if (Status s = store.open(path, Store::Access::Read); !s)
            return fail(s.error());
        auto data = TimelineData::load(store, &control.cancelFlag());
        if (!data)
            return fail(data.error());
        ShownRecords shown;
        if (filter) {
            auto records = ShownRecords::of(store, *filter);
            if (!records)
                return fail(records.error());
            shown = *records;
        }
        return TimelineLanes::build(*data, key, shown);
    });
}

void TimelineLoader::group(std::shared_ptr<const TimelineData> data, LaneKey key, ShownRecords shown)
{
    start([data = std::move(data), key, shown](const JobControl&) -> Lanes {
        return TimelineLanes::build(data, key, shown);
    });
}

void TimelineLoader::cancel()
{
    m_job->cancel();
}

void TimelineLoader::start(std::function<Lanes(const JobControl& control)> work)
{
    m_job->run(std::move(work), [this](const Lanes& result) {
        if (result)
            Q_EMIT loaded(*result);
        else
            Q_EMIT failed(result.error());
    });
}

} // namespace Spyline
