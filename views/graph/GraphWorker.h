#pragma once

#include "GraphLayout.h"
#include "graph/GraphQuery.h"

#include <QObject>

#include <memory>

namespace Spyline {

class BackgroundJob;

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

// Runs graph jobs off the UI thread on a BackgroundJob (Graphviz itself, not thread-safe, runs one
// layout at a time in the whole process). A new job supersedes the one before: that one's result
// is dropped, and a build still reading the collection stops. Cancelling returns at once; a
// worker destroyed mid-job waits for it to end, so nothing reads a collection no longer shown.
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
    bool isBusy() const;
    quint64 currentJob() const;

    // Does a job's work on the calling thread: what the worker thread runs.
    static GraphJobResult run(const GraphJob& job, const std::function<bool()>& cancelled = {});

Q_SIGNALS:
    void finished(quint64 job, const Spyline::GraphJobResult& result);

private:
    BackgroundJob* m_job;
};

} // namespace Spyline
