#include "store/CollectionFile.h"

#include "store/Store.h"
#include "transfer/OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

namespace Spyline {

namespace {
// tr() for the functions here, which belong to no class.
struct CollectionFile
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::CollectionFile)
};

} // namespace

QByteArray sampleJson()
{
    QFile file(QStringLiteral(":/spyline/sample/spyline-sample.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Result<ImportReport> importSample(Store& store)
{
    const QByteArray json = sampleJson();
    if (json.isEmpty())
        return fail(CollectionFile::tr("the sample collection is missing from this build"));
    return importJsonData(store, json, QStringLiteral("spyline-sample.json"));
}

namespace {

const QString partialMarker = QStringLiteral(".partial-");

void removeWithJournals(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

// Temporary files of a creation whose process no longer runs: "NAME.partial-PID-XXXXXX".
void removeStalePartials(const QFileInfo& target)
{
    const QDir folder = target.absoluteDir();
    const QString prefix = target.fileName() + partialMarker;
    for (const QString& name : folder.entryList({prefix + u'*'}, QDir::Files | QDir::Hidden)) {
        const qint64 pid = name.mid(prefix.size()).section(u'-', 0, 0).toLongLong();
        if (pid <= 0 || pid == QCoreApplication::applicationPid())
            continue;
#ifdef Q_OS_UNIX
        if (::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue;
#else
        continue;
#endif
        QFile::remove(folder.filePath(name));
    }
}

// Flushes a written file to the disk; a failure here means the data may not be there.
Status syncToDisk(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return fail(systemErrorText(file.errorString()));
#ifdef Q_OS_UNIX
    if (::fsync(file.handle()) != 0)
        return fail(systemErrorText(QString()));
#endif
    return {};
}

} // namespace

Status buildCollectionFile(const QString& path, const std::function<Status(Store&)>& fill)
{
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return fail(CollectionFile::tr("%1 already exists; Spyline does not overwrite it").arg(path));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(CollectionFile::tr("the folder %1 cannot be created").arg(info.absolutePath()));
    removeStalePartials(info);
    // A name that is free now; the store creates the file itself.
    QString partial;
    {
        QTemporaryFile reserve(info.absoluteFilePath() + partialMarker
                               + QString::number(QCoreApplication::applicationPid()) + QStringLiteral("-XXXXXX"));
        if (!reserve.open())
            return fail(
                CollectionFile::tr("%1 cannot be written: %2").arg(path, systemErrorText(reserve.errorString())));
        partial = reserve.fileName();
    }
    Status result;
    {
        Store store;
        result = store.create(partial);
        if (result && fill)
            result = fill(store);
        // Everything into the one file: a copy of it alone is the whole collection.
        if (result)
            result = store.checkpoint();
        store.close();
    }
    if (result
        && (QFileInfo(partial + QStringLiteral("-wal")).size() > 0
            || QFileInfo(partial + QStringLiteral("-journal")).size() > 0)) {
        result = fail(CollectionFile::tr("the collection's journal could not be folded into it"));
    }
    if (result)
        result = syncToDisk(partial);
    if (result)
        result = Store::checkFileIsWhole(partial);
    if (result && !QFile::rename(partial, path)) {
        result = QFileInfo::exists(path)
            ? fail(CollectionFile::tr("%1 already exists; Spyline does not overwrite it").arg(path))
            : fail(systemErrorText(QString()));
    }
    if (!result) {
        removeWithJournals(partial);
        if (result.error().contains(path))
            return result;
        return fail(CollectionFile::tr("%1 could not be created: %2").arg(path, result.error()));
    }
    return {};
}

Status createCollectionFile(const QString& path, bool withSample)
{
    if (!withSample)
        return buildCollectionFile(path, {});
    return buildCollectionFile(path, [](Store& store) { return importSample(store).status(); });
}

Status saveCollectionCopy(const Store& store, const QString& path)
{
    if (!store.isOpen())
        return fail(CollectionFile::tr("no collection is open"));
    auto target = checkOutputPath(path, store.path(), ExistingDatabase::Replace);
    if (!target)
        return target.status();
    if (target->stream)
        return fail(CollectionFile::tr("%1 is not a file; a copy of a collection is written to a file").arg(path));
    const QFileInfo info(target->path);
    QString partial;
    {
        QTemporaryFile reserve(info.absoluteFilePath() + partialMarker
                               + QString::number(QCoreApplication::applicationPid()) + QStringLiteral("-XXXXXX"));
        if (!reserve.open())
            return fail(
                CollectionFile::tr("%1 cannot be written: %2").arg(path, systemErrorText(reserve.errorString())));
        partial = reserve.fileName();
    }
    QFile::remove(partial);
    Status result = store.saveCopyAs(partial);
    if (result)
        result = syncToDisk(partial);
    if (result)
        result = Store::checkFileIsWhole(partial);
    // Replaces what the person chose to replace, in one step.
    if (result && ::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target->path).constData()) != 0)
        result = fail(CollectionFile::tr("%1 cannot be written: %2").arg(path, systemErrorText(QString())));
    if (!result)
        removeWithJournals(partial);
    return result;
}

} // namespace Spyline
