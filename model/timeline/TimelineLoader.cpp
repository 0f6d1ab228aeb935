#include "timeline/TimelineLoader.h"

#include "store/Store.h"

#include <QMetaObject>

namespace Spyline {

TimelineLoader::TimelineLoader(QObject* parent)
    : QObject(parent)
{
}

TimelineLoader::~TimelineLoader()
{
    // Joined before the QObject goes, so no worker posts to a deleted loader.
    cancel();
    joinAll();
}

void TimelineLoader::loadFile(const QString& path, LaneKey key, const std::optional<CaseFilter>& filter)
{
    start([path, key, filter](const std::atomic<bool>& cancel) -> Result<std::shared_ptr<const TimelineLanes>> {
        Store store;
        if (Status s = store.open(path, Store::Access::Read); !s)
            return fail(s.error());
        auto data = TimelineData::load(store, &cancel);
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
    start(
        [data = std::move(data), key, shown](const std::atomic<bool>&) -> Result<std::shared_ptr<const TimelineLanes>> {
            return TimelineLanes::build(data, key, shown);
        });
}

void TimelineLoader::cancel()
{
    ++m_generation;
    for (Job& job : m_jobs)
        job.cancel->store(true);
    m_running = false;
}

void TimelineLoader::joinAll()
{
    for (Job& job : m_jobs) {
        if (job.thread.joinable())
            job.thread.join();
    }
    m_jobs.clear();
}

void TimelineLoader::start(Work work)
{
    cancel();
    // Cancelled jobs check their flag every few thousand rows, so this waits milliseconds.
    joinAll();
    const int generation = m_generation;
    auto flag = std::make_shared<std::atomic<bool>>(false);
    m_running = true;
    m_jobs.push_back({std::thread([this, generation, flag, work = std::move(work)] {
                          auto result = work(*flag);
                          if (flag->load())
                              return;
                          QMetaObject::invokeMethod(
                              this, [this, generation, result = std::move(result)] { finish(generation, result); },
                              Qt::QueuedConnection);
                      }),
                      flag});
}

void TimelineLoader::finish(int generation, const Result<std::shared_ptr<const TimelineLanes>>& result)
{
    if (generation != m_generation)
        return;
    m_running = false;
    if (result)
        Q_EMIT loaded(*result);
    else
        Q_EMIT failed(result.error());
}

} // namespace Spyline
