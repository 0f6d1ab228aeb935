#include "TeamCollectionOpener.h"

#include "JobProgressDialog.h"
#include "MainWindow.h"
#include "ModalDialog.h"
#include "TeamCollectionDialog.h"
#include "jobs/BackgroundJob.h"
#include "store/ServerAddress.h"
#include "store/ServerSync.h"
#include "store/WorkingCopy.h"

#include <QMetaObject>

#include <memory>
#include <utility>

namespace Spyline {

namespace {

// What a snapshot ends with: a working copy, or why there is none; and the connection that keeps it
// in step with the server, or why there is none.
struct Taken
{
    std::shared_ptr<WorkingCopy> copy;
    WorkingCopy::Problem problem;
    std::shared_ptr<ServerSync> sync;
    QString syncProblem;
};

} // namespace

TeamCollectionOpener::TeamCollectionOpener(MainWindow& window)
    : QObject(&window)
    , m_window(window)
    , m_job(new BackgroundJob(this))
{
    // What follows concerns the window only while it shows a timeline before its copy is whole: it
    // knows when it does, and does nothing otherwise.
    connect(m_job, &BackgroundJob::progressed, this,
            [this](qint64 done, qint64 total) { m_window.showTeamCopyProgress(done, total); });
    // A copy cancelled behind its timeline: the window goes back to what it had.
    connect(m_job, &BackgroundJob::ended, this, [this](bool delivered) {
        if (!delivered)
            m_window.abandonTeamTimelineFirst();
    });
}

TeamCollectionOpener::~TeamCollectionOpener()
{
    // The window is going: nothing is shown or reopened as the work stops, and the work ends here.
    disconnect(m_job, nullptr, this, nullptr);
    m_job->stopAndWait();
}

void TeamCollectionOpener::cancel()
{
    m_job->cancel();
}

void TeamCollectionOpener::stopWork()
{
    m_job->stopAndWait();
}

bool TeamCollectionOpener::isWorking() const
{
    return m_job->isRunning();
}

void TeamCollectionOpener::chooseAndConnect()
{
    TeamCollectionDialog dialog(&m_window);
    if (runModal(dialog) != QDialog::Accepted)
        return;
    take(dialog.address(), dialog.takePassword());
}

void TeamCollectionOpener::connectTo(const QString& address)
{
    take(address, {});
}

void TeamCollectionOpener::refresh()
{
    const QString address = m_window.teamAddress();
    if (!address.isEmpty())
        take(address, {});
}

void TeamCollectionOpener::askAgain(const QString& address, const QString& problem, bool password)
{
    TeamCollectionDialog dialog(&m_window);
    dialog.setAddress(address);
    if (password)
        dialog.askForPassword(problem);
    else
        dialog.showProblem(problem);
    if (runModal(dialog) != QDialog::Accepted)
        return;
    take(dialog.address(), dialog.takePassword());
}

void TeamCollectionOpener::take(const QString& address, QByteArray password)
{
    if (isWorking()) {
        m_window.showError(tr("Team Collection"), tr("Wait until the snapshot under way is complete, or cancel it."));
        password.fill('\0');
        return;
    }
    // The password moves into the work, which overwrites it once the connection is made.
    auto request = std::make_shared<WorkingCopy::Request>();
    request->address = address;
    request->password = std::move(password);
    // The window's copy is kept between sessions: the next opening brings in only what changed.
    request->keep = true;
    // A collection the window does not show yet shows its timeline before the copy is whole; a new
    // snapshot of the one it shows keeps the window as it is until the snapshot is complete.
    const quint64 attempt = ++m_attempt;
    if (address != m_window.teamAddress()) {
        // Called on the work's thread, which ends before this object does (see the destructor).
        request->timelineFirst = [this, attempt, address](const std::shared_ptr<const TimelineData>& data) {
            QMetaObject::invokeMethod(
                this, [this, attempt, address, data] { showTimelineFirst(attempt, address, data); },
                Qt::QueuedConnection);
        };
    }
    m_job->run(
        [request](const JobControl& control) -> Taken {
            WorkingCopy::Request own = std::move(*request);
            own.progress = control.progress();
            // The connection that follows the server needs the password too; both copies are
            // overwritten once connected.
            QByteArray typed = own.password;
            Taken taken;
            taken.copy = WorkingCopy::take(std::move(own), &taken.problem);
            if (taken.copy) {
                auto sync = std::make_shared<ServerSync>(taken.copy->path(), taken.copy->changeSequence());
                if (Status s = sync->connect(taken.copy->address(), typed); s)
                    taken.sync = std::move(sync);
                else
                    taken.syncProblem = s.error();
            }
            typed.fill('\0');
            return taken;
        },
        [this, address](const Taken& taken) {
            if (!taken.copy) {
                m_window.abandonTeamTimelineFirst();
                if (taken.problem.needsPassword) {
                    askAgain(address,
                             tr("The server asks for a password for %1.").arg(serverAddressForDisplay(address)), true);
                } else {
                    askAgain(address, tr("The collection could not be read: %1").arg(taken.problem.message), false);
                }
                return;
            }
            QString error;
            if (!m_window.openWorkingCopy(taken.copy, taken.sync, taken.syncProblem, &error)) {
                m_window.abandonTeamTimelineFirst();
                m_window.showError(tr("Team Collection"), error);
            }
        });
    m_progress = new JobProgressDialog(
        *m_job, tr("Reading the team collection at %1\u2026").arg(serverAddressForDisplay(address)), &m_window);
}

void TeamCollectionOpener::showTimelineFirst(quint64 attempt, const QString& address,
                                             std::shared_ptr<const TimelineData> data)
{
    if (attempt != m_attempt || !m_job->isRunning() || m_job->isCancelled())
        return;
    // The banner shows the copy's progress from here on, and the window stays usable.
    if (m_progress)
        m_progress->deleteLater();
    m_window.showTeamTimelineFirst(address, std::move(data));
}

} // namespace Spyline
