#pragma once

#include "statistics/StatisticsSnapshot.h"

#include <QFuture>
#include <QObject>

#include <memory>

template<typename T>
class QFutureWatcher;

namespace Spyline {

class Store;

// Computes a StatisticsSnapshot off the UI thread, through a read-only connection of its own to
// the collection file; a collection held in memory (":memory:", tests) is read on the calling
// thread at once. A new request supersedes the one before, whose result is dropped.
class StatisticsWorker : public QObject
{
    Q_OBJECT
public:
    explicit StatisticsWorker(QObject* parent = nullptr);
    ~StatisticsWorker() override;

    void start(Store& store, const CaseFilter& filter, const QList<Id>& selection, StatisticsParts parts);
    void cancel();
    bool isBusy() const
    {
        return m_pending;
    }

Q_SIGNALS:
    void finished(std::shared_ptr<const Spyline::StatisticsSnapshot> snapshot);
    void failed(const QString& message);

private:
    void deliver();

    struct Outcome
    {
        std::shared_ptr<const StatisticsSnapshot> snapshot;
        QString error;
    };
    std::unique_ptr<QFutureWatcher<Outcome>> m_watcher;
    QFuture<Outcome> m_future;
    bool m_pending = false;
};

} // namespace Spyline
