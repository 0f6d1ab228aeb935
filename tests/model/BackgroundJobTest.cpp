#include "jobs/BackgroundJob.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>

#include <atomic>
#include <semaphore>

using namespace Spyline;

namespace {

// Long enough for any loaded machine; a job that never ends fails the test instead of hanging it.
constexpr int Patience = 20000;

// Work that runs until it is cancelled, reporting as it goes; it says when it has seen the cancel.
struct EndlessWork
{
    std::atomic<bool>* sawCancel;
    std::binary_semaphore* started;

    int operator()(const JobControl& control) const
    {
        started->release();
        qint64 step = 0;
        while (control.report(++step, 1000000))
            QThread::msleep(1);
        *sawCancel = true;
        return -1;
    }
};

} // namespace

TEST(BackgroundJobTest, TheWorkRunsOnAnotherThreadAndItsResultArrivesOnTheJobsThread)
{
    BackgroundJob job;
    QSignalSpy ended(&job, &BackgroundJob::ended);
    QThread* workThread = nullptr;
    QThread* deliveryThread = nullptr;
    int delivered = 0;
    job.run(
        [&](const JobControl&) {
            workThread = QThread::currentThread();
            return 42;
        },
        [&](int result) {
            deliveryThread = QThread::currentThread();
            delivered = result;
        });
    EXPECT_TRUE(job.isRunning());
    ASSERT_TRUE(ended.wait(Patience));
    EXPECT_EQ(delivered, 42);
    EXPECT_EQ(ended.takeFirst().at(0).toBool(), true);
    EXPECT_NE(workThread, QThread::currentThread());
    EXPECT_EQ(deliveryThread, QThread::currentThread());
    EXPECT_FALSE(job.isRunning());
}

TEST(BackgroundJobTest, StartReturnsWhileTheWorkIsStillRunningAndNothingIsDeliveredBeforeTheEventLoopRuns)
{
    BackgroundJob job;
    std::binary_semaphore release(0);
    std::atomic<bool> workDone = false;
    bool delivered = false;
    job.run(
        [&](const JobControl&) {
            release.acquire();
            workDone = true;
            return true;
        },
        [&](bool) { delivered = true; });
    // The work is blocked until released, so start() cannot have waited for it.
    EXPECT_FALSE(workDone);
    release.release();
    QSignalSpy ended(&job, &BackgroundJob::ended);
    // Delivery waits for this thread's event loop, even once the work is over.
    while (!workDone)
        QThread::msleep(1);
    EXPECT_FALSE(delivered);
    ASSERT_TRUE(ended.wait(Patience));
    EXPECT_TRUE(delivered);
}

TEST(BackgroundJobTest, ProgressTheWorkReportsIsSignalled)
{
    BackgroundJob job;
    QSignalSpy progressed(&job, &BackgroundJob::progressed);
    QSignalSpy ended(&job, &BackgroundJob::ended);
    std::binary_semaphore reported(0);
    std::binary_semaphore finish(0);
    job.run(
        [&](const JobControl& control) {
            control.progress()(3, 10);
            reported.release();
            finish.acquire();
            return 0;
        },
        [](int) {});
    reported.acquire();
    ASSERT_TRUE(progressed.wait(Patience));
    EXPECT_EQ(progressed.last().at(0).toLongLong(), 3);
    EXPECT_EQ(progressed.last().at(1).toLongLong(), 10);
    finish.release();
    ASSERT_TRUE(ended.wait(Patience));
}

TEST(BackgroundJobTest, CancelStopsTheWorkAndDropsItsResult)
{
    BackgroundJob job;
    QSignalSpy ended(&job, &BackgroundJob::ended);
    std::atomic<bool> sawCancel = false;
    std::binary_semaphore started(0);
    bool delivered = false;
    job.run(EndlessWork {&sawCancel, &started}, [&](int) { delivered = true; });
    started.acquire();
    job.cancel();
    EXPECT_TRUE(job.isCancelled());
    ASSERT_TRUE(ended.wait(Patience));
    EXPECT_TRUE(sawCancel);
    EXPECT_FALSE(ended.takeFirst().at(0).toBool());
    EXPECT_FALSE(delivered);
    EXPECT_FALSE(job.isRunning());
}

TEST(BackgroundJobTest, NewWorkSupersedesTheWorkBefore)
{
    BackgroundJob job;
    QSignalSpy ended(&job, &BackgroundJob::ended);
    std::atomic<bool> sawCancel = false;
    std::binary_semaphore started(0);
    QList<int> delivered;
    job.run(EndlessWork {&sawCancel, &started}, [&](int result) { delivered.append(result); });
    started.acquire();
    const quint64 second = job.run([](const JobControl&) { return 2; }, [&](int result) { delivered.append(result); });
    EXPECT_EQ(job.current(), second);
    // The first work ends for its listeners at once, undelivered.
    ASSERT_EQ(ended.size(), 1);
    EXPECT_FALSE(ended.takeFirst().at(0).toBool());
    ASSERT_TRUE(ended.wait(Patience));
    EXPECT_TRUE(ended.takeFirst().at(0).toBool());
    EXPECT_EQ(delivered, (QList<int> {2}));
    // The superseded work is told to stop (on its own thread, in its own time), and its end is not
    // heard.
    QElapsedTimer waited;
    waited.start();
    while (!sawCancel && waited.elapsed() < Patience)
        QThread::msleep(1);
    EXPECT_TRUE(sawCancel);
    QCoreApplication::processEvents();
    EXPECT_TRUE(ended.isEmpty());
}

TEST(BackgroundJobTest, DestroyingTheJobStopsItsWorkAndWaitsForIt)
{
    std::atomic<bool> sawCancel = false;
    std::binary_semaphore started(0);
    bool delivered = false;
    {
        BackgroundJob job;
        job.run(EndlessWork {&sawCancel, &started}, [&](int) { delivered = true; });
        started.acquire();
    }
    // The work had no way to end but the cancel, and the destructor waited for it.
    EXPECT_TRUE(sawCancel);
    QCoreApplication::processEvents();
    EXPECT_FALSE(delivered);
}

TEST(BackgroundJobTest, StopAndWaitLeavesNothingRunning)
{
    BackgroundJob job;
    QSignalSpy ended(&job, &BackgroundJob::ended);
    std::atomic<bool> sawCancel = false;
    std::binary_semaphore started(0);
    job.run(EndlessWork {&sawCancel, &started}, [](int) {});
    started.acquire();
    job.stopAndWait();
    EXPECT_TRUE(sawCancel);
    EXPECT_FALSE(job.isRunning());
    ASSERT_EQ(ended.size(), 1);
    EXPECT_FALSE(ended.takeFirst().at(0).toBool());
    // The end the thread posted is not heard a second time.
    QCoreApplication::processEvents();
    EXPECT_TRUE(ended.isEmpty());
}
