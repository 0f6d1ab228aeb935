#include "store/WorkingCopy.h"

#include "store/ChangeLog.h"
#include "store/CollectionCopy.h"
#include "store/ServerAddress.h"
#include "store/ServerCollection.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"
#include "store/StoreAccess.h"
#include "timeline/TimelineData.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

namespace Spyline {

namespace {

const QString OwnerFile = QStringLiteral("owner");
const QString CollectionFile = QStringLiteral("collection.spyline");
const QString StateFile = QStringLiteral("state.json");

// Whether no process has the number `pid` any more (its working copy then has no one to remove it).
bool processIsGone(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(pid);
    return false;
#endif
}

} // namespace

void WorkingCopy::removeAbandoned()
{
#ifdef Q_OS_UNIX
    const uint me = ::getuid();
#endif
    const QFileInfoList folders = QDir::temp().entryInfoList({QStringLiteral("spyline-team-*")},
                                                             QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo& folder : folders) {
        if (folder.isSymLink())
            continue;
#ifdef Q_OS_UNIX
        if (folder.ownerId() != me)
            continue;
#endif
        QFile owner(QDir(folder.absoluteFilePath()).filePath(OwnerFile));
        if (!owner.open(QIODevice::ReadOnly))
            continue;
        bool number = false;
        const qint64 pid = owner.read(32).trimmed().toLongLong(&number);
        owner.close();
        if (number && processIsGone(pid))
            QDir(folder.absoluteFilePath()).removeRecursively();
    }
}

WorkingCopy::~WorkingCopy() = default;

QString WorkingCopy::path() const
{
    if (!m_keptFolder.isEmpty())
        return QDir(m_keptFolder).filePath(CollectionFile);
    return m_folder ? m_folder->filePath(CollectionFile) : QString();
}

namespace {

// How many changes behind a kept copy may be and still be taken up again rather than made anew.
constexpr qint64 MostChangesToCatchUp = 100000;

// The folder of this user's cache that keeps the copies of team collections.
QString keptFoldersRoot()
{
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return cache.isEmpty() ? QString() : QDir(cache).filePath(QStringLiteral("team"));
}

// The folder that keeps the copy of the collection at `address`.
QString keptFolderOf(const QString& address)
{
    const QString root = keptFoldersRoot();
    if (root.isEmpty())
        return {};
    const QByteArray name = QCryptographicHash::hash(address.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(root).filePath(QString::fromLatin1(name));
}

bool makePrivateFolder(const QString& folder)
{
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    return QDir().mkpath(folder) && QFile::setPermissions(folder, ownerOnly)
        && QFile::setPermissions(QFileInfo(folder).absolutePath(), ownerOnly);
}

void removeCollectionFile(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1StringView(suffix));
}

} // namespace

void WorkingCopy::removeForgottenKept(int days)
{
    const QString root = keptFoldersRoot();
    if (root.isEmpty())
        return;
    const QDateTime before = QDateTime::currentDateTime().addDays(-days);
    static const QRegularExpression keptName(QStringLiteral("^[0-9a-f]{40}$"));
    const QFileInfoList folders = QDir(root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo& folder : folders) {
        if (folder.isSymLink() || !keptName.match(folder.fileName()).hasMatch())
            continue;
        const QFileInfo state(QDir(folder.absoluteFilePath()).filePath(StateFile));
        if (state.exists() && state.lastModified() >= before)
            continue;
        // One a window has open now stays, however old.
        QLockFile lock(QDir(folder.absoluteFilePath()).filePath(QStringLiteral("lock")));
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        QDir(folder.absoluteFilePath()).removeRecursively();
    }
}

void WorkingCopy::saveState() const
{
    QJsonObject state;
    state.insert(QStringLiteral("address"), m_address);
    state.insert(QStringLiteral("identity"), m_identity);
    state.insert(QStringLiteral("changeSequence"), QString::number(m_changeSequence));
    QSaveFile file(QDir(m_keptFolder).filePath(StateFile));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(state).toJson());
        (void)file.commit();
    }
}

void WorkingCopy::noteInStep(qint64 sequence)
{
    // A pull that brought nothing in (most of them) writes nothing.
    if (sequence == m_changeSequence)
        return;
    m_changeSequence = sequence;
    if (isKept())
        saveState();
}

bool WorkingCopy::takeUpKept(const QByteArray& password)
{
    QFile stateFile(QDir(m_keptFolder).filePath(StateFile));
    if (!stateFile.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject state = QJsonDocument::fromJson(stateFile.read(64 * 1024)).object();
    bool number = false;
    const qint64 sequence = state.value(QStringLiteral("changeSequence")).toString().toLongLong(&number);
    const QString identity = state.value(QStringLiteral("identity")).toString();
    if (!number || identity.isEmpty() || state.value(QStringLiteral("address")).toString() != m_address)
        return false;
    if (!QFileInfo::exists(path()) || !Store::checkFileIsWhole(path()))
        return false;
    // Still the same collection's log, which still holds every change since (and not too many).
    ServerCollection server;
    server.connection().setPassword(password);
    if (!server.open(m_address, ServerCollection::Access::Read) || !server.hasChangeLog())
        return false;
    auto current = changeLogIdentity(server);
    auto last = lastChangeSequence(server);
    if (!current || *current != identity || !last || *last < sequence || *last - sequence > MostChangesToCatchUp)
        return false;
    Store store;
    if (!store.open(path(), Store::Access::Read))
        return false;
    SqliteStatement count;
    if (!count.prepare(connectionOf(store), QStringLiteral("SELECT count(*) FROM events")) || !count.exec()
        || !count.next())
        return false;
    m_events = count.columnInt(0);
    m_changeSequence = sequence;
    m_identity = identity;
    return true;
}

std::shared_ptr<WorkingCopy> WorkingCopy::takeKept(const Request& request, CopyOptions& options, Problem* problem,
                                                   bool* failed)
{
    const QString folder = keptFolderOf(request.address);
    if (folder.isEmpty() || !makePrivateFolder(folder))
        return {};
    auto lock = std::make_unique<QLockFile>(QDir(folder).filePath(QStringLiteral("lock")));
    // Another window on the same collection keeps it: this one takes a temporary copy.
    if (!lock->tryLock(0))
        return {};
    std::shared_ptr<WorkingCopy> copy(new WorkingCopy);
    copy->m_keptFolder = folder;
    copy->m_lock = std::move(lock);
    copy->m_address = request.address;
    copy->m_takenAt = QDateTime::currentDateTime();
    if (copy->takeUpKept(options.sourcePassword)) {
        copy->m_reused = true;
        copy->saveState(); // when it was last used, for removeForgottenKept()
        return copy;
    }
    removeCollectionFile(copy->path());
    if (!copy->copySnapshot(options, problem)) {
        *failed = true;
        return {};
    }
    copy->saveState();
    return copy;
}

bool WorkingCopy::copySnapshot(CopyOptions& options, Problem* problem)
{
    bool needsPassword = false;
    options.sourceNeedsPassword = &needsPassword;
    options.sourceChangeSequence = &m_changeSequence;
    // Only a kept copy needs to know its log again next time.
    options.sourceIdentity = isKept() ? &m_identity : nullptr;
    auto copied = copyCollection(m_address, path(), options);
    if (!copied) {
        if (problem)
            *problem = Problem {copied.error(), needsPassword};
        return false;
    }
    QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_events = copied->events;
    return true;
}

std::shared_ptr<WorkingCopy> WorkingCopy::take(Request request, Problem* problem)
{
    const auto refuse = [&](const QString& message) {
        if (problem)
            *problem = Problem {message, false};
        return std::shared_ptr<WorkingCopy>();
    };
    CopyOptions options;
    options.progress = std::move(request.progress);
    if (request.timelineFirst) {
        options.readSourceFirst = [&request](PostgresConnection& server) -> Status {
            auto data = TimelineData::loadFromServer(server);
            if (!data)
                return data.status();
            request.timelineFirst(*data);
            return {};
        };
    }
    options.sourcePassword = std::move(request.password);
    // Whatever happens below, the password is overwritten here when this returns (the connection
    // keeps a copy of its own, overwritten as it goes).
    struct Forget
    {
        QByteArray& bytes;
        ~Forget()
        {
            bytes.fill('\0');
        }
    } forget {options.sourcePassword};
    if (!isServerAddress(request.address))
        return refuse(tr("%1 is not the address of a PostgreSQL server").arg(request.address));
    if (Status s = checkServerAddress(request.address); !s)
        return refuse(s.error());
    removeAbandoned();
    bool failed = false;
    auto kept = request.keep ? takeKept(request, options, problem, &failed) : nullptr;
    // The copies kept that no window opened for a month go; one taken up just now is locked and stays.
    removeForgottenKept();
    if (kept || failed)
        return kept;
    std::shared_ptr<WorkingCopy> copy(new WorkingCopy);
    // QTemporaryDir makes its folder readable by its owner only (0700).
    copy->m_folder = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("spyline-team-XXXXXX")));
    if (!copy->m_folder->isValid())
        return refuse(tr("no working copy can be made in %1: %2").arg(QDir::tempPath(), copy->m_folder->errorString()));
    // Who made it: should this program end without removing it, the next one does.
    QFile owner(copy->m_folder->filePath(OwnerFile));
    if (!owner.open(QIODevice::WriteOnly) || owner.write(QByteArray::number(QCoreApplication::applicationPid())) <= 0)
        return refuse(tr("no working copy can be made in %1: %2").arg(QDir::tempPath(), owner.errorString()));
    owner.close();
    copy->m_address = request.address;
    copy->m_takenAt = QDateTime::currentDateTime();
    if (!copy->copySnapshot(options, problem))
        return {}; // the folder goes with `copy`
    return copy;
}

} // namespace Spyline
