#include "jobs/BackgroundJob.h"

#include <QMetaObject>
#include <QTimer>

#include <algorithm>
#include <thread>
#include <utility>

namespace Spyline {

struct JobControl::State
{
    std::atomic<bool> cancel {false};
    std::atomic<qint64> done {0};
    std::atomic<qint64> total {0};
};

JobControl::JobControl(std::shared_ptr<State> state)
    : m_state(std::move(state))
{
}

bool JobControl::report(qint64 done, qint64 total) const
{
    m_state->done.store(done, std::memory_order_relaxed);
    m_state->total.store(total, std::memory_order_relaxed);
    return !cancelled();
}

bool JobControl::cancelled() const
{
    return m_state->cancel.load(std::memory_order_relaxed);
}

std::function<bool(qint64, qint64)> JobControl::progress() const
{
    return [control = *this](qint64 done, qint64 total) { return control.report(done, total); };
}

std::function<bool()> JobControl::cancelCheck() const
{
    return [control = *this] { return control.cancelled(); };
}

const std::atomic<bool>& JobControl::cancelFlag() const
{
    return m_state->cancel;
}

struct BackgroundJob::Run
{
    quint64 number = 0;
    std::shared_ptr<JobControl::State> state;
    std::thread thread;
    std::atomic<bool> over {false};
};

BackgroundJob::BackgroundJob(QObject* parent)
    : QObject(parent)
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &BackgroundJob::pollProgress);
}

BackgroundJob::~BackgroundJob()
{
    // Joined while this object is whole, so no thread posts its end to an object half gone; what
    // they posted already is dropped with the object.
    cancel();
    reap(true);
}

quint64 BackgroundJob::start(Work work)
{
    cancel();
    reap(false);
    // The work before ends here for whoever waits on it; its thread stops in the background.
    if (std::exchange(m_running, false))
        Q_EMIT ended(false);
    auto run = std::make_unique<Run>();
    run->number = ++m_current;
    run->state = std::make_shared<JobControl::State>();
    m_running = true;
    m_cancelled = false;
    m_shownDone = m_shownTotal = -1;
    Run* started = run.get();
    const quint64 number = run->number;
    run->thread = std::thread([this, started, number, work = std::move(work)] {
        const JobControl control(started->state);
        Delivery delivery = work(control);
        if (control.cancelled())
            delivery = {};
        // Set first, so that the end's own delivery finds this thread ready to be joined.
        started->over = true;
        QMetaObject::invokeMethod(
            this, [this, number, delivery = std::move(delivery)] { finishRun(number, delivery); },
            Qt::QueuedConnection);
    });
    m_runs.push_back(std::move(run));
    m_poll->start();
    return number;
}

void BackgroundJob::cancel()
{
    for (const auto& run : m_runs)
        run->state->cancel = true;
    if (m_running)
        m_cancelled = true;
}

void BackgroundJob::stopAndWait()
{
    cancel();
    reap(true);
    m_poll->stop();
    if (std::exchange(m_running, false))
        Q_EMIT ended(false);
}

void BackgroundJob::reap(bool all)
{
    std::erase_if(m_runs, [all](const std::unique_ptr<Run>& run) {
        if (!all && !run->over)
            return false;
        run->thread.join();
        return true;
    });
}

void BackgroundJob::pollProgress()
{
    const auto it = std::find_if(m_runs.cbegin(), m_runs.cend(),
                                 [this](const std::unique_ptr<Run>& run) { return run->number == m_current; });
    if (it == m_runs.cend())
        return;
    const qint64 done = (*it)->state->done.load(std::memory_order_relaxed);
    const qint64 total = (*it)->state->total.load(std::memory_order_relaxed);
    if (done == m_shownDone && total == m_shownTotal)
        return;
    m_shownDone = done;
    m_shownTotal = total;
    Q_EMIT progressed(done, total);
}

void BackgroundJob::finishRun(quint64 number, const Delivery& delivery)
{
    reap(false);
    if (number != m_current || !m_running)
        return;
    m_running = false;
    m_poll->stop();
    const bool deliver = !m_cancelled && delivery;
    if (deliver)
        delivery();
    Q_EMIT ended(deliver);
}

} // namespace Spyline
