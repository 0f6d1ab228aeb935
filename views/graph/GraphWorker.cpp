#include "GraphWorker.h"

#include "graph/GraphModel.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

namespace Spyline {

namespace {

// One thread for every graph job in the process: jobs queue behind each other. It belongs to the
// application, which waits for a layout still running when it quits.
QThreadPool& graphThread()
{
    static QThreadPool* pool = [] {
        auto* threads = new QThreadPool(QCoreApplication::instance());
        threads->setMaxThreadCount(1);
        threads->setObjectName(QStringLiteral("spyline-graph"));
        return threads;
    }();
    return *pool;
}

} // namespace

GraphWorker::GraphWorker(QObject* parent)
    : QObject(parent)
    , m_watcher(std::make_unique<QFutureWatcher<GraphJobResult>>())
{
    connect(m_watcher.get(), &QFutureWatcher<GraphJobResult>::finished, this, &GraphWorker::deliver);
}

GraphWorker::~GraphWorker()
{
    // The result goes nowhere, but the job is joined: a job still reading the collection when the
    // application quits would leave its connection open. Older jobs queue before the last one.
    m_future.cancel();
    m_watcher->disconnect(this);
    m_future.waitForFinished();
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
    m_future.cancel();
    auto promise = std::make_shared<QPromise<GraphJobResult>>();
    m_future = promise->future();
    promise->start();
    graphThread().start([promise, job = std::move(job)] {
        if (!promise->isCanceled())
            promise->addResult(run(job, [&promise] { return promise->isCanceled(); }));
        promise->finish();
    });
    m_watcher->setFuture(m_future);
    m_pending = true;
    return ++m_job;
}

void GraphWorker::cancel()
{
    // A job that has finished already is dropped all the same: its result is not delivered.
    m_future.cancel();
    m_pending = false;
}

void GraphWorker::deliver()
{
    if (!m_pending || m_future.isCanceled() || m_future.resultCount() == 0)
        return;
    m_pending = false;
    Q_EMIT finished(m_job, m_future.result());
}

} // namespace Spyline
