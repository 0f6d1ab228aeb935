#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

namespace Spyline {

class BackgroundJob;
class JobProgressDialog;
class MainWindow;
class TimelineData;

// Opens a team collection (a collection on a PostgreSQL server) in the window: asks for its address
// (TeamCollectionDialog), and for a password when the server wants one, then takes a snapshot of it
// into a working copy (WorkingCopy) and connects what keeps the copy in step with the server
// (ServerSync), on a BackgroundJob behind a progress dialog with Cancel, and hands both to the window.
// Refresh takes a new snapshot of the same server. A collection the window does not show yet shows
// its timeline as soon as that is read from the snapshot (a second or two for a million events), and
// the copy goes on behind it, its progress and Cancel in the window's banner. A failure says why and
// offers the dialog again, the address kept; the window goes back to what it had.
class TeamCollectionOpener : public QObject
{
    Q_OBJECT
public:
    explicit TeamCollectionOpener(MainWindow& window);
    ~TeamCollectionOpener() override;

public Q_SLOTS:
    // File → Connect to a Team Collection.
    void chooseAndConnect();
    // A snapshot of the collection at `address`, at once (the recent list, the command line).
    void connectTo(const QString& address);
    // A new snapshot of the team collection the window shows.
    void refresh();

public:
    // Asks the snapshot under way to stop; returns at once.
    void cancel();
    // A snapshot still being taken: stops it and waits until it has ended.
    void stopWork();
    bool isWorking() const;

private:
    void take(const QString& address, QByteArray password);
    // The dialog again, with what went wrong, and the password field when the server asked for one.
    void askAgain(const QString& address, const QString& problem, bool password);

    // The timeline of the snapshot under way, read before its copy: shown in the window, unless the
    // snapshot has been superseded or cancelled since.
    void showTimelineFirst(quint64 attempt, const QString& address, std::shared_ptr<const TimelineData> data);

    MainWindow& m_window;
    BackgroundJob* m_job;
    QPointer<JobProgressDialog> m_progress;
    quint64 m_attempt = 0;
};

} // namespace Spyline
