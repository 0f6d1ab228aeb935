#pragma once

#include "statistics/StatisticsSnapshot.h"

#include <QObject>

#include <memory>

namespace Spyline {

class BackgroundJob;
class Store;

// Computes a StatisticsSnapshot off the UI thread, through a read-only connection of its own to
// the collection file; a collection held in memory (":memory:", tests) is read on the calling
// thread at once. Runs on a BackgroundJob: a new request supersedes the one before, whose result
// is dropped and whose reading stops.
class StatisticsWorker : public QObject
{
    Q_OBJECT
public:
    explicit StatisticsWorker(QObject* parent = nullptr);
    ~StatisticsWorker() override;

    void start(Store& store, const CaseFilter& filter, const QList<Id>& selection, StatisticsParts parts);
    void cancel();
    bool isBusy() const;

Q_SIGNALS:
    void finished(std::shared_ptr<const Spyline::StatisticsSnapshot> snapshot);
    void failed(const QString& message);

private:
    BackgroundJob* m_job;
};

} // namespace Spyline
