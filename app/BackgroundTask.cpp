#include "BackgroundTask.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace Spyline {

Status runInBackground(QWidget* parent, const QString& label, const std::function<Status(const Progress&)>& work)
{
    std::atomic<qint64> done {0};
    std::atomic<qint64> total {0};
    std::atomic<bool> cancelled {false};
    Status result;
    const Progress progress = [&](qint64 d, qint64 t) {
        done = d;
        total = t;
        return !cancelled.load();
    };
    QThread* thread = QThread::create([&] { result = work(progress); });

    QProgressDialog dialog(label, QObject::tr("Cancel"), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("progressDialog"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, [&] {
        cancelled = true;
        dialog.setLabelText(QObject::tr("Cancelling\u2026"));
    });
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        const qint64 t = total.load();
        if (t > 0) {
            // Progress bars take int; large byte counts are scaled down.
            const int scale = t > (1 << 30) ? 1024 : 1;
            dialog.setMaximum(static_cast<int>(t / scale));
            dialog.setValue(static_cast<int>(done.load() / scale));
        }
    });
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    poll.start();
    thread->start();
    loop.exec();
    poll.stop();
    thread->wait();
    delete thread;
    dialog.close();
    return result;
}

} // namespace Spyline
