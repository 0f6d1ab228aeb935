#include "CollectionFile.h"

#include "Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace Spyline {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Spyline::CollectionFile", text);
}
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
        return fail(tr("the sample collection is missing from this build"));
    return importJsonData(store, json, QStringLiteral("spyline-sample.json"));
}

Status createCollectionFile(const QString& path, bool withSample)
{
    const QFileInfo info(path);
    if (info.exists())
        return fail(tr("%1 already exists; Spyline does not overwrite it").arg(path));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("the folder %1 cannot be created").arg(info.absolutePath()));
    // A name that is free now; the store creates the file itself.
    QString partial;
    {
        QTemporaryFile reserve(info.absoluteFilePath() + QStringLiteral(".partial-XXXXXX"));
        if (!reserve.open())
            return fail(tr("%1 cannot be written: %2").arg(info.absolutePath(), reserve.errorString()));
        partial = reserve.fileName();
    }
    Status result;
    {
        Store store;
        result = store.create(partial);
        if (result && withSample) {
            auto report = importSample(store);
            if (!report)
                result = fail(report.error());
        }
        store.close();
    }
    if (result && !QFile::rename(partial, path))
        result = fail(tr("%1 cannot be written").arg(path));
    if (!result) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(partial + suffix);
    }
    return result;
}

} // namespace Spyline
