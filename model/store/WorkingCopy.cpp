#include "store/WorkingCopy.h"

#include "store/CollectionCopy.h"
#include "store/ServerAddress.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace Spyline {

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
    std::shared_ptr<WorkingCopy> copy(new WorkingCopy);
    // QTemporaryDir makes its folder readable by its owner only (0700).
    copy->m_folder = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("spyline-team-XXXXXX")));
    if (!copy->m_folder->isValid())
        return refuse(tr("no working copy can be made in %1: %2").arg(QDir::tempPath(), copy->m_folder->errorString()));
    copy->m_address = request.address;
    copy->m_takenAt = QDateTime::currentDateTime();
    bool needsPassword = false;
    options.sourceNeedsPassword = &needsPassword;
    auto copied = copyCollection(request.address, copy->path(), options);
    if (!copied)
        return refuse(copied.error(), needsPassword); // the folder goes with `copy`
    QFile::setPermissions(copy->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    copy->m_events = copied->events;
    return copy;
}

} // namespace Spyline
