#pragma once

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QTimer;

namespace Spyline {

// What a job's work sees on its worker thread: where it says how far it has come, and whether it
// should stop. Cheap to copy; every copy speaks for the same job.
class JobControl
{
public:
    // Records how far the work has come; answers false once the job is cancelled.
    bool report(qint64 done, qint64 total) const;
    bool cancelled() const;
    // The same two as the plain callables the model's long calls take.
    std::function<bool(qint64 done, qint64 total)> progress() const;
    std::function<bool()> cancelCheck() const;
    const std::atomic<bool>& cancelFlag() const;

private:
    friend class BackgroundJob;
    struct State;
    explicit JobControl(std::shared_ptr<State> state);
    std::shared_ptr<State> m_state;
};

// The one way Spyline runs long work off the UI thread. Work runs on a thread of its own; what it
// returns is called on the thread the job lives on (the UI thread) once it has finished, from the
// event loop that is running there (never a nested one). Starting new work cancels the work
// before, whose result is then never delivered. Cancel sets a flag the work reads through its
// JobControl, so the work itself stops. The destructor cancels and waits for every thread it
// started: nothing is left running once its owner (a window, a view of a collection) is gone.
class BackgroundJob : public QObject
{
    Q_OBJECT
public:
    // What to do with a result on the job's thread.
    using Delivery = std::function<void()>;
    using Work = std::function<Delivery(const JobControl& control)>;

    explicit BackgroundJob(QObject* parent = nullptr);
    ~BackgroundJob() override;

    // Starts work on a new thread and returns its number (1, 2, ...).
    quint64 start(Work work);
    // Runs `work` and hands its result to `done` on this job's thread.
    template<typename Compute, typename Done>
    quint64 run(Compute compute, Done done)
    {
        return start([compute = std::move(compute), done = std::move(done)](const JobControl& control) -> Delivery {
            auto result = std::make_shared<decltype(compute(control))>(compute(control));
            return [done, result] { done(std::move(*result)); };
        });
    }
    // Asks the newest work to stop; its result, if it comes, is dropped. Returns at once.
    void cancel();
    // Cancels everything and waits until every thread this job started has ended; the newest
    // work, if it was running, ends undelivered at once.
    void stopAndWait();

    // The newest work has not ended yet (it may be stopping after a cancel).
    bool isRunning() const
    {
        return m_running;
    }
    bool isCancelled() const
    {
        return m_cancelled;
    }
    quint64 current() const
    {
        return m_current;
    }

Q_SIGNALS:
    // How far the newest work has come, as it reported, a few times a second.
    void progressed(qint64 done, qint64 total);
    // The newest work has ended: `delivered` when its result was handed over; false once it has
    // stopped after a cancel, or at once when newer work supersedes it or stopAndWait() ends it.
    void ended(bool delivered);

private:
    struct Run;
    void finishRun(quint64 number, const Delivery& delivery);
    void pollProgress();
    void reap(bool all);

    std::vector<std::unique_ptr<Run>> m_runs;
    QTimer* m_poll;
    quint64 m_current = 0;
    bool m_running = false;
    bool m_cancelled = false;
    qint64 m_shownDone = -1;
    qint64 m_shownTotal = -1;
};

} // namespace Spyline
