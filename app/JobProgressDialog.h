#pragma once

#include <QProgressDialog>

namespace Spyline {

class BackgroundJob;

// How far work has come in the ints a progress bar counts in: large totals (bytes) scaled down.
// A total of 0 or less: not known yet (the bar shows that it is busy).
struct ProgressSteps
{
    int value = 0;
    int maximum = 0;
};
ProgressSteps progressSteps(qint64 done, qint64 total);

// A window-modal progress dialog over a BackgroundJob: it shows how far the work has come, and
// Cancel (or Escape) asks the work to stop. It stays, saying so, until the work has really
// stopped, then closes and deletes itself when the job ends. Quick work ends before it shows.
class JobProgressDialog : public QProgressDialog
{
    Q_OBJECT
public:
    JobProgressDialog(BackgroundJob& job, const QString& label, QWidget* parent);

    void reject() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showProgress(qint64 reached, qint64 total);
    void stopWork();

    BackgroundJob& m_job;
    bool m_over = false;
};

} // namespace Spyline
