#include "store/WorkingCopy.h"

#include "store/CollectionCopy.h"
#include "store/ServerAddress.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

namespace Spyline {

namespace {

const QString OwnerFile = QStringLiteral("owner");

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
    return m_folder ? m_folder->filePath(QStringLiteral("collection.spyline")) : QString();
}

std::shared_ptr<WorkingCopy> WorkingCopy::take(Request request, Problem* problem)
{
    const auto refuse = [&](const QString& message, bool needsPassword = false) {
        if (problem)
            *problem = Problem {message, needsPassword};
        return std::shared_ptr<WorkingCopy>();
    };
    CopyOptions options;
    options.progress = std::move(request.progress);
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
    bool needsPassword = false;
    options.sourceNeedsPassword = &needsPassword;
    options.sourceChangeSequence = &copy->m_changeSequence;
    auto copied = copyCollection(request.address, copy->path(), options);
    if (!copied)
        return refuse(copied.error(), needsPassword); // the folder goes with `copy`
    QFile::setPermissions(copy->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    copy->m_events = copied->events;
    return copy;
}

} // namespace Spyline
