#pragma once

#include "records/Changes.h"
#include "records/Result.h"
#include "store/RecordChange.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>

#include <memory>

namespace Spyline {

class ServerChangeListener;
class Store;

// A record of a collection as the server's change log names it: its table and its key.
struct RecordKey
{
    QString table;
    QString key;
    bool operator==(const RecordKey&) const = default;
};
size_t qHash(const RecordKey& record, size_t seed = 0);

// A stored record's columns and their values, as text for a person to compare; empty when the
// record is not there.
using RecordValues = QList<QPair<QString, QString>>;

// Someone else's committed change to a record that a change made here would overwrite.
struct SyncConflict
{
    RecordKey record;
    // Their last change to it (theirs.removes(): they deleted it).
    RecordChange theirs;
    // Everyone who changed it since, in the order they first did.
    QStringList changedBy;
    // The record as the change made here would store it; empty when that change deletes it.
    RecordValues mine;
    // The record on the server now; empty when it is gone there.
    RecordValues server;
    // Both added a new record under the same number: the change made here takes a new one when it
    // is made again after others' changes have come in (pull()).
    bool sameNumber = false;
};

// A record as a person knows it, from its stored values: "the case “Title”", "a citation (number 12)".
QString describeRecord(const RecordKey& record, const RecordValues& values);

// Keeps a working copy of a collection on a server (WorkingCopy.h) and the server in step, both ways.
//
// Out: every transaction that changes the copy, through the Store that edits it, is sent to the
// server in one server transaction just before it commits here, and commits here only when the
// server took it: the copy never holds a change the server refused, and the person's change is never
// only local. Changes the server already holds from someone else that the new one would overwrite
// are a conflict (lastConflicts(): both versions), and the change is refused unless the person chose
// to keep theirs over them (overwriteOnNextChange). A record someone else added meanwhile under the
// same number as a new one here moves the new one to a free number first.
//
// In: pull() brings every change committed on the server since the copy was last in step, anyone's,
// into the copy through a connection of its own (the copy's views then refresh as after any change).
class ServerSync
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::ServerSync)

public:
    // `copyPath`: the working copy's file; `syncedTo`: the last change of the server's log it holds.
    ServerSync(const QString& copyPath, qint64 syncedTo);
    ServerSync(const ServerSync&) = delete;
    ServerSync& operator=(const ServerSync&) = delete;
    ~ServerSync();

    // Connects to the collection at `address` (a password the person typed, or libpq's own).
    Status connect(const QString& address, const QByteArray& password = {});
    // How this one logged in, for another connection to the same collection as the same person (an
    // import in the background, through a connection of its own to the copy: see adoptOwnChanges).
    struct Login
    {
        QString address;
        QByteArray password;
    };
    Login login() const;
    // Whether the role connected may only read, and why in words.
    bool isReadOnly() const;
    QString readOnlyReason() const;
    // The last change of the server's log the copy holds.
    qint64 syncedTo() const
    {
        return m_syncedTo;
    }

    // Starts `listener` on the same collection, from syncedTo(), logging in as this connection did.
    Status listen(ServerChangeListener& listener) const;

    // Sends every change `edited` (the copy, open for writing) commits to the server from now on, as
    // described above. `edited` must outlive this or be untracked first.
    Status track(Store& edited);
    void untrack();

    // The next change made here was made on the records as they stood at `sequence` (a form opened
    // then, showing them): someone else's later change to one of them is a conflict.
    void setNextChangeSeenAt(qint64 sequence);
    // The next change made here undoes or redoes one this program made: someone else's change to one of
    // its records since this program last wrote it is a conflict, and it cannot be undone.
    void setNextChangeIsUndo();
    // The person chose to keep the next change over others' changes to these records.
    void overwriteOnNextChange(const QList<RecordKey>& records);
    // The conflicts that refused the last change made here; empty when it was not refused for one.
    const QList<SyncConflict>& lastConflicts() const
    {
        return m_conflicts;
    }

    // What pull() brought in from others (this program's own changes are in the copy already).
    struct Pulled
    {
        // Which kinds of records they changed.
        Changes changes;
        // How many changes to records, and who made the last one, when.
        int count = 0;
        QString lastBy;
        QDateTime lastAt;
    };
    // Brings every change committed on the server since syncedTo() into the copy, in one transaction
    // of the copy.
    Result<Pulled> pull();

    // The changes `other` (another connection of this program to the same copy and collection) sent
    // to the server count as this one's own: they are in the copy already, are no news to pull(), and
    // an undo of them is checked as an undo of this one's.
    void adoptOwnChanges(const ServerSync& other);

private:
    struct Private;
    Status push();

    std::unique_ptr<Private> d;
    qint64 m_syncedTo = 0;
    QList<SyncConflict> m_conflicts;
};

} // namespace Spyline
