#pragma once

#include "records/Changes.h"
#include "records/Result.h"

#include <QObject>

#include <functional>

struct sqlite3;

namespace Spyline {

// One open collection: an SQLite file, opened through the SQLite library Spyline links (checked
// once, see SqliteLibrary.h). Its connection is the store's own: model/ code reaches it through
// StoreAccess.h, and nothing outside model/ runs SQL. Opens defensively (nothing in a file runs
// before its schema is known to be Spyline's own), migrates older schemas forward, refuses newer
// ones, and runs every change in one transaction.
class Store : public QObject
{
    Q_OBJECT
public:
    static constexpr int SchemaVersion = 6;
    static constexpr qint32 ApplicationId = 0x53706C6E; // "Spln"

    enum class Access
    {
        ReadWrite,
        ReadOnly,
        // For commands that only read (dump, export): nothing is written to the file, not even
        // planner statistics, and no write lock is ever waited for; an older schema is read from an
        // upgraded temporary copy instead of being upgraded in place.
        Read,
    };

    explicit Store(QObject* parent = nullptr);
    ~Store() override;

    // A new, empty collection; refuses to overwrite a file. ":memory:" gives a private in-memory one.
    Status create(const QString& path);
    // An existing collection. Anything that is not one is refused, and the file is left untouched.
    Status open(const QString& path, Access access = Access::ReadWrite);
    void close();
    // Folds the write-ahead log into the collection file and empties it, so that the file alone is
    // the whole collection; fails when a reader holds on to an older state or a write fails.
    Status checkpoint();
    // Whether the file at `path` is a whole SQLite file: its header is sound and the file holds
    // exactly as many pages as the header says (a copy cut short does not).
    static Status checkFileIsWhole(const QString& path);

    bool isOpen() const;
    bool isReadOnly() const
    {
        return m_readOnly;
    }
    QString path() const
    {
        return m_path;
    }

    // How much memory the connection keeps for pages it has read (64 MiB unless set): a connection
    // that reads each table once needs little.
    Status setCacheSize(int kibibytes);
    // The version of the SQLite library the store runs on ("3.40.1"), for the About box.
    static QString sqliteVersion();

    // How long a write waits for another program's write to finish before it gives up with
    // "the collection is busy"; 5 seconds unless set.
    void setBusyTimeout(int milliseconds);

    // Runs `work` in one transaction (a savepoint when nested) and commits when it succeeds.
    // When it fails, everything it wrote is rolled back.
    Status transact(const std::function<Status()>& work);
    bool inTransaction() const
    {
        return m_depth > 0;
    }
    // Records what the running transaction changes; announced by changed() after it commits.
    void noteChange(Changes what);
    // Runs `check` at the end of every outermost transaction whose work succeeded, inside it, just
    // before it commits: a failure rolls the transaction back and is its result. Empty: none.
    void setBeforeCommit(std::function<Status()> check)
    {
        m_beforeCommit = std::move(check);
    }

    // PRAGMA integrity_check and foreign_key_check: ok, or what is wrong.
    Status checkIntegrity() const;
    // A consistent copy of the open collection, also while it is in use.
    Status saveCopyAs(const QString& path) const;

    // The script that upgrades a collection from schema version-1 to `version`; empty if none.
    static QString migrationScript(int version);

Q_SIGNALS:
    void changed(Spyline::Changes what);

private:
    friend sqlite3* connectionOf(const Store& store);

    Status connect(const QString& path, bool readOnly);
    Status openUpgradedCopy(const QString& path);
    Status verifySchema(int version) const;
    Status migrate(int fromVersion);
    Status configure();
    Status execute(const QString& statement) const;

    QString m_path;
    QString m_temporaryCopy; // Access::Read of an older schema reads an upgraded copy, removed on close
    sqlite3* m_handle = nullptr;
    bool m_readOnly = false;
    bool m_wrote = false;
    int m_depth = 0;
    Changes m_pending;
    std::function<Status()> m_beforeCommit;
};

} // namespace Spyline
