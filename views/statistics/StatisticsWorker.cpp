#include "StatisticsWorker.h"

#include "jobs/BackgroundJob.h"
#include "store/Store.h"

namespace Spyline {

StatisticsWorker::StatisticsWorker(QObject* parent)
    : QObject(parent)
    , m_job(new BackgroundJob(this))
{
}

StatisticsWorker::~StatisticsWorker() = default;

bool StatisticsWorker::isBusy() const
{
    return m_job->isRunning() && !m_job->isCancelled();
}

void StatisticsWorker::start(Store& store, const CaseFilter& filter, const QList<Id>& selection, StatisticsParts parts)
{
    cancel();
    if (store.path() == QStringLiteral(":memory:")) {
        auto snapshot = StatisticsSnapshot::compute(store, filter, selection, parts);
        if (!snapshot)
            Q_EMIT failed(snapshot.error());
        else
            Q_EMIT finished(std::make_shared<const StatisticsSnapshot>(std::move(*snapshot)));
        return;
    }
    using Outcome = Result<std::shared_ptr<const StatisticsSnapshot>>;
    m_job->run(
        [path = store.path(), filter, selection, parts](const JobControl& control) -> Outcome {
            Store reader;
            if (Status s = reader.open(path, Store::Access::ReadOnly); !s)
                return fail(s.error());
            auto snapshot = StatisticsSnapshot::compute(reader, filter, selection, parts, control.cancelCheck());
            if (!snapshot)
                return fail(snapshot.error());
            return std::make_shared<const StatisticsSnapshot>(std::move(*snapshot));
        },
        [this](const Outcome& outcome) {
            if (!outcome)
                Q_EMIT failed(outcome.error());
            else
                Q_EMIT finished(*outcome);
        });
}

void StatisticsWorker::cancel()
{
    m_job->cancel();
}

} // namespace Spyline
