#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>

namespace Spyline {

class CollectionEditor;
class ServerChangeListener;
class ServerSync;
class Store;
class WorkingCopy;

// A team collection open in the window: its working copy (WorkingCopy.h), kept in step with the
// server both ways. The window's changes go to the server as they commit (ServerSync.h); others'
// come in as they commit: a listener (ServerChangeListener.h) hears of them and pull() brings them
// into the copy, after which the window's views refresh as after any change. A role that may only
// read gets the same live copy, and no editing.
class TeamSession : public QObject
{
    Q_OBJECT

public:
    // `sync` is connected already (TeamCollectionOpener does that beside the snapshot); null when it
    // could not be, `problem` saying why: the window then shows the snapshot without following it.
    TeamSession(std::shared_ptr<WorkingCopy> copy, std::shared_ptr<ServerSync> sync, const QString& problem,
                QObject* parent = nullptr);
    ~TeamSession() override;

    const std::shared_ptr<WorkingCopy>& copy() const
    {
        return m_copy;
    }
    QString address() const;
    // Whether the person may change the collection from the window; why not in words.
    bool canEdit() const;
    QString readOnlyReason() const;
    // Whether others' changes come in as they are made; why not in words.
    bool isLive() const;
    QString problem() const;
    // When the copy was last known to hold every committed change.
    QDateTime inStepAt() const
    {
        return m_inStepAt;
    }
    // The change of the server's log the copy is up to date with: what a form opened now shows.
    qint64 syncedTo() const;
    ServerSync* sync() const
    {
        return m_sync.get();
    }

    // Follows `store` (the copy, open in the window) and its editor: the window's changes go to the
    // server, others' come in. detach() before the store closes.
    void attach(Store& store, CollectionEditor* editor);
    void detach();

    // Another connection of this program writes to the copy meanwhile (an import in the background,
    // through a ServerSync of its own): others' changes wait until it is done, so that the two never
    // write to the copy at once. `writer`, when it sent changes to the server: those are this
    // program's own, no news to pull().
    void holdPulls();
    void releasePulls(const ServerSync* writer = nullptr);

public Q_SLOTS:
    // Brings in what others have committed since the copy was last in step.
    void pull();

Q_SIGNALS:
    // The copy is in step with the server again, or following it stopped (problem() says why).
    void stateChanged();
    // Others' changes came in: how many records, and who made the last of them.
    void othersChanged(int records, const QString& lastBy);

private:
    std::shared_ptr<WorkingCopy> m_copy;
    std::shared_ptr<ServerSync> m_sync;
    ServerChangeListener* m_listener = nullptr;
    Store* m_store = nullptr;
    CollectionEditor* m_editor = nullptr;
    QString m_problem;
    QDateTime m_inStepAt;
    int m_pullsHeld = 0;
    bool m_pullWaiting = false;
};

} // namespace Spyline
