#pragma once

#include "records/CaseFilter.h"
#include "timeline/TimelineLanes.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace Spyline {

class Store;

// Loads a collection's timeline, or regroups one, in a worker thread, so that a million events
// never freeze the window. A load opens its own read-only connection to the file (a connection
// serves one thread at a time; WAL lets it read beside the writer). Starting a job cancels the
// one before; only the newest job reports.
class TimelineLoader : public QObject
{
    Q_OBJECT
public:
    explicit TimelineLoader(QObject* parent = nullptr);
    ~TimelineLoader() override;

    // Loads the file; with a filter, only what it shows (see ShownRecords).
    void loadFile(const QString& path, LaneKey key, const std::optional<CaseFilter>& filter = std::nullopt);
    void group(std::shared_ptr<const TimelineData> data, LaneKey key, ShownRecords shown = {});
    void cancel();
    bool isRunning() const
    {
        return m_running;
    }

Q_SIGNALS:
    void loaded(std::shared_ptr<const Spyline::TimelineLanes> lanes);
    void failed(const QString& message);

private:
    using Work = std::function<Result<std::shared_ptr<const TimelineLanes>>(const std::atomic<bool>& cancel)>;
    void start(Work work);
    void finish(int generation, const Result<std::shared_ptr<const TimelineLanes>>& result);
    void joinAll();

    struct Job
    {
        std::thread thread;
        std::shared_ptr<std::atomic<bool>> cancel;
    };
    std::vector<Job> m_jobs;
    int m_generation = 0;
    bool m_running = false;
};

} // namespace Spyline
