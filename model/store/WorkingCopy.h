#pragma once

#include "records/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>

class QLockFile;
class QTemporaryDir;

namespace Spyline {

class TimelineData;

struct CopyOptions;

// A private copy of a collection on a PostgreSQL server, for reading it as a file: one consistent
// snapshot of the server (ServerCollection::readSnapshot) streamed with COPY into a temporary SQLite
// file of its own. The window loads every event of a collection anyway, so a copy costs no more
// than reading the server directly, and with it every reader the store has (the timeline, the graph,
// the case list, the full-text search, every export) runs on one backend, unchanged: the search on a
// server's collection gives SQLite's results by construction.
// The file lives in a folder of its own under the system's temporary folder (never among the
// person's files), readable by its owner only, and both go when the copy is destroyed; a copy that
// fails or is cancelled leaves nothing behind, and one a crash left behind goes the next time a copy
// is taken. The window's copy is kept instead (Request::keep): in a folder of this user's cache,
// locked while a window uses it, and taken up again at the next opening when the server's change log
// shows it is the same collection and says what changed since.
class WorkingCopy
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::WorkingCopy)

public:
    struct Request
    {
        QString address;
        // A password the person typed, for a server that asks for one (else PGPASSWORD or ~/.pgpass
        // serve, as libpq reads them); overwritten once the connection is made.
        QByteArray password;
        // Told how many records (of how many) have been copied; answers false to cancel.
        std::function<bool(qint64 done, qint64 total)> progress;
        // Keep the copy between sessions, in this user's cache folder, and start from it next time
        // when it is still the same collection's: only what changed since is then brought in (the
        // window does; a command takes a temporary copy).
        bool keep = false;
        // When a snapshot is copied (not when a kept copy is taken up again): given, before the copy
        // begins, the timeline's data read from the same snapshot, equal to what the finished copy
        // holds. The copy of a million events takes many seconds; its timeline, a second or two.
        std::function<void(std::shared_ptr<const TimelineData>)> timelineFirst = nullptr;
    };
    struct Problem
    {
        QString message;
        // The server asks for a password and none was given: ask the person and try again.
        bool needsPassword = false;
    };
    // Takes a snapshot of the collection at `request.address` into a new working copy; null, with
    // `problem` saying why, when it cannot.
    static std::shared_ptr<WorkingCopy> take(Request request, Problem* problem);

    // Removes the working copies that programs which ended without removing theirs (a crash, a
    // power cut) left in the temporary folder: only this user's, only those whose program is gone.
    // take() calls it first.
    static void removeAbandoned();
    // Removes the copies kept between sessions (Request::keep) that no window has opened for `days`
    // days: a large collection's copy takes hundreds of megabytes of the cache, and the next opening
    // reads the collection whole again. One a window has open stays. take() calls it, after taking
    // up the one it was asked for.
    static constexpr int DaysAKeptCopyIsKept = 30;
    static void removeForgottenKept(int days = DaysAKeptCopyIsKept);

    WorkingCopy(const WorkingCopy&) = delete;
    WorkingCopy& operator=(const WorkingCopy&) = delete;
    ~WorkingCopy();

    // The collection file, to open read-only.
    QString path() const;
    // The server's address, as the person gave it (it never holds a password).
    QString address() const
    {
        return m_address;
    }
    // When the snapshot was taken.
    QDateTime takenAt() const
    {
        return m_takenAt;
    }
    qint64 events() const
    {
        return m_events;
    }
    // The last change of the server's change log the copy holds (0: the collection has no log).
    qint64 changeSequence() const
    {
        return m_changeSequence;
    }
    // Kept between sessions (Request::keep), and whether it was taken up again from an earlier one
    // rather than made anew.
    bool isKept() const
    {
        return m_lock != nullptr;
    }
    bool wasKept() const
    {
        return m_reused;
    }
    // The copy now holds every change of the server's log up to `sequence`: a kept copy remembers it
    // for the next session.
    void noteInStep(qint64 sequence);

private:
    WorkingCopy() = default;
    // The copy kept for `request.address`, taken up again or made anew; null when there can be none
    // (no cache folder, another window holds it): a temporary copy serves then.
    static std::shared_ptr<WorkingCopy> takeKept(const Request& request, CopyOptions& options, Problem* problem,
                                                 bool* failed);
    bool takeUpKept(const QByteArray& password);
    // Streams the server's snapshot into path(); false, with `problem` saying why, when it cannot.
    bool copySnapshot(CopyOptions& options, Problem* problem);
    void saveState() const;

    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_keptFolder;
    std::unique_ptr<QLockFile> m_lock;
    QString m_identity;
    bool m_reused = false;
    QString m_address;
    QDateTime m_takenAt;
    qint64 m_events = 0;
    qint64 m_changeSequence = 0;
};

} // namespace Spyline
