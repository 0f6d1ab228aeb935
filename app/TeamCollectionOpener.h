#pragma once

#include <QObject>

namespace Spyline {

class BackgroundJob;
class MainWindow;

// Opens a team collection (a collection on a PostgreSQL server) in the window: asks for its address
// (TeamCollectionDialog), and for a password when the server wants one, then takes a snapshot of it
// into a working copy (WorkingCopy) and connects what keeps the copy in step with the server
// (ServerSync), on a BackgroundJob behind a progress dialog with Cancel, and hands both to the window.
// Refresh takes a new snapshot of the same server. A failure says why and offers the dialog again,
// the address kept; the window keeps what it had until a new snapshot is complete.
class TeamCollectionOpener : public QObject
{
    Q_OBJECT
public:
    explicit TeamCollectionOpener(MainWindow& window);

public Q_SLOTS:
    // File → Connect to a Team Collection.
    void chooseAndConnect();
    // A snapshot of the collection at `address`, at once (the recent list, the command line).
    void connectTo(const QString& address);
    // A new snapshot of the team collection the window shows.
    void refresh();

public:
    // A snapshot still being taken: stops it and waits until it has ended.
    void stopWork();
    bool isWorking() const;

private:
    void take(const QString& address, QByteArray password);
    // The dialog again, with what went wrong, and the password field when the server asked for one.
    void askAgain(const QString& address, const QString& problem, bool password);

    MainWindow& m_window;
    BackgroundJob* m_job;
};

} // namespace Spyline
