#include "JobProgressDialog.h"

#include "jobs/BackgroundJob.h"

#include <QCloseEvent>
#include <QPushButton>

#include <algorithm>
#include <limits>

namespace Spyline {

ProgressSteps progressSteps(qint64 done, qint64 total)
{
    if (total <= 0)
        return {};
    qint64 scale = 1;
    while (total / scale > std::numeric_limits<int>::max())
        scale *= 1024;
    return {int(std::clamp<qint64>(done, 0, total) / scale), int(total / scale)};
}

JobProgressDialog::JobProgressDialog(BackgroundJob& job, const QString& label, QWidget* parent)
    : QProgressDialog(label, tr("Cancel"), 0, 0, parent)
    , m_job(job)
{
    setObjectName(QStringLiteral("jobProgressDialog"));
    setWindowModality(Qt::WindowModal);
    setMinimumDuration(300);
    setAutoClose(false);
    setAutoReset(false);
    // Cancel asks the work to stop; the dialog itself goes only once the work has.
    disconnect(this, &QProgressDialog::canceled, this, nullptr);
    connect(this, &QProgressDialog::canceled, this, &JobProgressDialog::stopWork);
    connect(&job, &BackgroundJob::progressed, this, &JobProgressDialog::showProgress);
    connect(&job, &BackgroundJob::ended, this, [this] {
        m_over = true;
        hide();
        deleteLater();
    });
}

void JobProgressDialog::showProgress(qint64 reached, qint64 total)
{
    if (total <= 0 || m_job.isCancelled())
        return;
    const ProgressSteps steps = progressSteps(reached, total);
    setMaximum(steps.maximum);
    setValue(steps.value);
}

void JobProgressDialog::stopWork()
{
    if (m_over || !m_job.isRunning())
        return;
    m_job.cancel();
    setLabelText(tr("Cancelling\u2026"));
    setMaximum(0);
    if (auto* button = findChild<QPushButton*>())
        button->setEnabled(false);
}

void JobProgressDialog::reject()
{
    stopWork();
}

void JobProgressDialog::closeEvent(QCloseEvent* event)
{
    if (m_over) {
        QProgressDialog::closeEvent(event);
        return;
    }
    stopWork();
    event->ignore();
}

} // namespace Spyline
