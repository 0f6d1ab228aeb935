#include "StatisticsWorker.h"

#include "store/Store.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

namespace Spyline {

namespace {

// One thread for the statistics of the process: requests queue behind each other.
QThreadPool& statisticsThread()
{
    static QThreadPool* pool = [] {
        auto* threads = new QThreadPool(QCoreApplication::instance());
        threads->setMaxThreadCount(1);
        threads->setObjectName(QStringLiteral("spyline-statistics"));
        return threads;
    }();
    return *pool;
}

} // namespace

StatisticsWorker::StatisticsWorker(QObject* parent)
    : QObject(parent)
    , m_watcher(std::make_unique<QFutureWatcher<Outcome>>())
{
    connect(m_watcher.get(), &QFutureWatcher<Outcome>::finished, this, &StatisticsWorker::deliver);
}

StatisticsWorker::~StatisticsWorker()
{
    m_future.cancel();
    m_watcher->disconnect(this);
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
    auto promise = std::make_shared<QPromise<Outcome>>();
    m_future = promise->future();
    promise->start();
    statisticsThread().start([promise, path = store.path(), filter, selection, parts] {
        Outcome outcome;
        if (!promise->isCanceled()) {
            Store reader;
            if (Status s = reader.open(path, Store::Access::ReadOnly); !s) {
                outcome.error = s.error();
            } else {
                auto snapshot = StatisticsSnapshot::compute(reader, filter, selection, parts,
                                                            [&promise] { return promise->isCanceled(); });
                if (snapshot)
                    outcome.snapshot = std::make_shared<const StatisticsSnapshot>(std::move(*snapshot));
                else
                    outcome.error = snapshot.error();
            }
            promise->addResult(outcome);
        }
        promise->finish();
    });
    m_watcher->setFuture(m_future);
    m_pending = true;
}

void StatisticsWorker::cancel()
{
    m_future.cancel();
    m_pending = false;
}

void StatisticsWorker::deliver()
{
    if (!m_pending || m_future.isCanceled() || m_future.resultCount() == 0)
        return;
    m_pending = false;
    const Outcome outcome = m_future.result();
    if (!outcome.snapshot)
        Q_EMIT failed(outcome.error);
    else
        Q_EMIT finished(outcome.snapshot);
}

} // namespace Spyline
