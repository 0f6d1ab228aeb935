#include "GraphWorker.h"

#include "graph/GraphModel.h"
#include "jobs/BackgroundJob.h"
#include "store/Store.h"

namespace Spyline {

GraphWorker::GraphWorker(QObject* parent)
    : QObject(parent)
    , m_job(new BackgroundJob(this))
{
}

GraphWorker::~GraphWorker() = default;

bool GraphWorker::isBusy() const
{
    return m_job->isRunning() && !m_job->isCancelled();
}

quint64 GraphWorker::currentJob() const
{
    return m_job->current();
}

GraphJobResult GraphWorker::run(const GraphJob& job, const std::function<bool()>& cancelled)
{
    GraphJobResult result;
    result.graph = job.graph;
    if (!result.graph) {
        Store store;
        if (Status s = store.open(job.storePath, Store::Access::Read); !s) {
            result.error = s.error();
            return result;
        }
        // One pass over each table needs no large page cache; this connection lives for one job.
        (void)store.setCacheSize(8192);
        auto built = GraphModel::build(store, job.query, cancelled);
        if (!built) {
            result.error = built.error();
            return result;
        }
        result.graph = std::make_shared<const GraphData>(std::move(built).value());
    }
    if (cancelled && cancelled()) {
        result.error = tr("cancelled");
        return result;
    }
    auto geometry = GraphLayout::compute(*result.graph, job.layout);
    if (!geometry) {
        result.error = geometry.error();
        return result;
    }
    result.geometry = std::move(geometry).value();
    return result;
}

quint64 GraphWorker::start(GraphJob job)
{
    const quint64 number = m_job->current() + 1;
    return m_job->run([job = std::move(job)](const JobControl& control) { return run(job, control.cancelCheck()); },
                      [this, number](const GraphJobResult& result) { Q_EMIT finished(number, result); });
}

void GraphWorker::cancel()
{
    // A job that has finished already is dropped all the same: its result is not delivered.
    m_job->cancel();
}

} // namespace Spyline
