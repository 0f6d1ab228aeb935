#pragma once

#include "records/Result.h"
#include "store/RecordChange.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

struct pg_conn;
class QSocketNotifier;

namespace Spyline {

// Hears of every change committed to a collection on a server, by anyone, as it is committed: a
// connection of its own LISTENs on the collection's change channel and the libpq socket is watched
// by the event loop (no polling, no thread). On each notice it reads the change log from the last
// change it reported, so that nothing is lost and nothing reported twice, also when the connection
// drops: it connects again by itself, without blocking, and reports what was committed meanwhile.
class ServerChangeListener final : public QObject
{
    Q_OBJECT

public:
    explicit ServerChangeListener(QObject* parent = nullptr);
    ~ServerChangeListener() override;

    // Listens to the collection at `address` (postgresql://…) for the changes committed after `since`:
    // the sequence the caller's view of the collection dates from (0: every change). It connects in the
    // background; listening() says when it hears, interrupted() why it does not. Refuses an address it
    // could never use.
    Status start(const QString& address, qint64 since);
    // A password the person typed, for a server that asks for one, given to libpq as its "password"
    // connection parameter on every connection (else PGPASSWORD or ~/.pgpass serve); overwritten
    // when the listener goes.
    void setPassword(const QByteArray& password);
    void stop();
    bool isListening() const
    {
        return m_state == State::Listening;
    }
    // The sequence of the last change reported.
    qint64 lastSequence() const
    {
        return m_last;
    }
    // Why it is not listening now, in words; empty while it is, and before start().
    QString problem() const
    {
        return m_problem;
    }

Q_SIGNALS:
    // Changes committed after the last ones reported, oldest first, each reported once (this
    // program's own changes too). Many changes at once come in several signals.
    void changed(const Spyline::RecordChanges& changes);
    // It hears the collection: after start() and after each reconnection. The changes committed
    // while it did not hear follow at once in changed().
    void listening();
    // It does not hear the collection any more, or cannot yet (the reason in words); it tries again
    // by itself, less often the longer it fails, and says listening() when it hears again.
    void interrupted(const QString& reason);

private:
    enum class State
    {
        Stopped,
        Waiting,
        Connecting,
        Listening,
    };
    void connectToServer();
    void continueConnecting();
    void startListening();
    void onReadable();
    // Takes the notices libpq holds; whether there were any.
    bool takeNotices();
    void readChanges();
    void lose(const QString& reason);
    void closeConnection();
    void watchSocket(bool forWriting);

    QString m_address;
    QByteArray m_password;
    qint64 m_last = 0;
    State m_state = State::Stopped;
    QString m_problem;
    pg_conn* m_connection = nullptr;
    QSocketNotifier* m_notifier = nullptr;
    QTimer m_retry;
    QTimer m_connectTimeout;
    QTimer m_moreChanges;
    int m_retryDelay = 0;
};

} // namespace Spyline
