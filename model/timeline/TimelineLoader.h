#pragma once

#include "records/CaseFilter.h"
#include "timeline/TimelineLanes.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace Spyline {

class BackgroundJob;
class JobControl;

// Loads a collection's timeline, or regroups one, in a worker thread, so that a million events
// never freeze the window. A load opens its own read-only connection to the file (a connection
// serves one thread at a time; WAL lets it read beside the writer). Runs on a BackgroundJob:
// starting a job cancels the one before; only the newest job reports.
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
    bool isRunning() const;

Q_SIGNALS:
    void loaded(std::shared_ptr<const Spyline::TimelineLanes> lanes);
    void failed(const QString& message);

private:
    using Lanes = Result<std::shared_ptr<const TimelineLanes>>;
    void start(std::function<Lanes(const JobControl& control)> work);

    BackgroundJob* m_job;
};

} // namespace Spyline
