#pragma once

#include "GraphLayout.h"
#include "graph/GraphQuery.h"

#include <QFuture>
#include <QObject>

#include <memory>

template<typename T>
class QFutureWatcher;

namespace Spyline {

// One piece of work for the worker thread: build the graph for a query from a collection file
// (the thread opens its own read-only connection), or take a graph built already, then lay it out.
struct GraphJob
{
    QString storePath; // read when `graph` is null
    std::shared_ptr<const GraphData> graph;
    GraphQuery query;
    GraphLayoutOptions layout;
};

struct GraphJobResult
{
    std::shared_ptr<const GraphData> graph;
    GraphGeometry geometry;
    QString error; // empty when it worked
};

// Runs graph jobs off the UI thread, one at a time in the whole process (Graphviz is not
// thread-safe). A new job supersedes the one before: that one's result is dropped, and if it had
// not started it never runs. Nothing here ever waits for a job: cancelling returns at once, and a
// worker destroyed mid-layout leaves the job to finish unheard.
class GraphWorker : public QObject
{
    Q_OBJECT
public:
    explicit GraphWorker(QObject* parent = nullptr);
    ~GraphWorker() override;

    // Starts a job and returns its number.
    quint64 start(GraphJob job);
    void cancel();
    // A job started and its result neither delivered nor dropped yet.
    bool isBusy() const
    {
        return m_pending;
    }
    quint64 currentJob() const
    {
        return m_job;
    }

    // Does a job's work on the calling thread: what the worker thread runs.
    static GraphJobResult run(const GraphJob& job, const std::function<bool()>& cancelled = {});

Q_SIGNALS:
    void finished(quint64 job, const Spyline::GraphJobResult& result);

private:
    void deliver();

    std::unique_ptr<QFutureWatcher<GraphJobResult>> m_watcher;
    QFuture<GraphJobResult> m_future;
    quint64 m_job = 0;
    bool m_pending = false;
};

} // namespace Spyline
