#include "transfer/OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Spyline {

namespace {

// tr() for the functions here, which belong to no class.
struct OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::OutputFile)
};

enum class Kind
{
    Missing,
    Regular,
    Folder,
    Stream,
    Other,
};

struct FileIdentity
{
    Kind kind = Kind::Missing;
    quint64 device = 0;
    quint64 inode = 0;
};

FileIdentity identify(const QString& path)
{
    FileIdentity identity;
#ifdef Q_OS_UNIX
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return identity;
    identity.device = quint64(status.st_dev);
    identity.inode = quint64(status.st_ino);
    if (S_ISREG(status.st_mode))
        identity.kind = Kind::Regular;
    else if (S_ISDIR(status.st_mode))
        identity.kind = Kind::Folder;
    else if (S_ISCHR(status.st_mode) || S_ISFIFO(status.st_mode))
        identity.kind = Kind::Stream;
    else
        identity.kind = Kind::Other;
#else
    const QFileInfo info(path);
    if (!info.exists())
        return identity;
    identity.kind = info.isDir() ? Kind::Folder : info.isFile() ? Kind::Regular : Kind::Other;
#endif
    return identity;
}

bool sameFile(const FileIdentity& a, const FileIdentity& b)
{
#ifdef Q_OS_UNIX
    return a.kind != Kind::Missing && b.kind != Kind::Missing && a.device == b.device && a.inode == b.inode;
#else
    Q_UNUSED(a);
    Q_UNUSED(b);
    return false;
#endif
}

// The path with its folder's links resolved, also when the file itself does not exist yet.
QString resolvedPath(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

// What the first 100 bytes say: an SQLite database, and whether Spyline's.
enum class Content
{
    Other,
    Database,
    Collection,
};

Content contentOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Content::Other;
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Content::Other;
    return header.size() >= 72 && header.mid(68, 4) == QByteArrayLiteral("Spln") ? Content::Collection
                                                                                 : Content::Database;
}

} // namespace

QString systemErrorText(const QString& qtText)
{
    if (!qtText.isEmpty() && qtText != QStringLiteral("Unknown error"))
        return qtText;
    const int code = errno;
    return code != 0 ? QString::fromLocal8Bit(std::strerror(code)) : OutputFile::tr("the system gave no reason");
}

Result<OutputTarget> checkOutputPath(const QString& path, const QString& collectionPath, ExistingDatabase existing)
{
    if (path.isEmpty())
        return fail(OutputFile::tr("no file to write was named"));
    const QString resolved = resolvedPath(path);
    const FileIdentity target = identify(resolved);
    if (!collectionPath.isEmpty() && collectionPath != QStringLiteral(":memory:")) {
        const QString collection = resolvedPath(collectionPath);
        if (resolved == collection || sameFile(target, identify(collection)))
            return fail(OutputFile::tr("%1 is the collection being read; Spyline does not write over it").arg(path));
        for (const char* suffix : {"-wal", "-shm", "-journal"}) {
            if (resolved == collection + QLatin1StringView(suffix))
                return fail(OutputFile::tr("%1 belongs to the collection being read; Spyline does not write over it")
                                .arg(path));
        }
    }
    switch (target.kind) {
    case Kind::Missing:
        if (!QFileInfo(QFileInfo(resolved).absolutePath()).isDir())
            return fail(OutputFile::tr("%1 cannot be written: the folder %2 does not exist")
                            .arg(path, QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        return OutputTarget {resolved, false};
    case Kind::Folder:
        return fail(OutputFile::tr("%1 is a folder; name a file to write").arg(path));
    case Kind::Stream:
        return OutputTarget {resolved, true};
    case Kind::Other:
        return fail(OutputFile::tr("%1 is neither a file nor a stream Spyline can write to").arg(path));
    case Kind::Regular:
        break;
    }
    if (existing == ExistingDatabase::Replace)
        return OutputTarget {resolved, false};
    switch (contentOf(resolved)) {
    case Content::Collection:
        return fail(OutputFile::tr("%1 is a Spyline collection; Spyline does not write over a collection").arg(path));
    case Content::Database:
        return fail(OutputFile::tr("%1 is a database; Spyline does not write over it").arg(path));
    case Content::Other:
        break;
    }
    return OutputTarget {resolved, false};
}

Status writeOutputFile(const QString& path, const QString& collectionPath,
                       const std::function<Status(QIODevice&)>& write)
{
    auto target = checkOutputPath(path, collectionPath);
    if (!target)
        return target.status();
    const QString name = QFileInfo(path).fileName();
    if (target->stream) {
        // A pipe or a device has no place for a temporary file: written as it comes, checked at each step.
        QFile stream;
#ifdef Q_OS_UNIX
        // Neither truncated nor sought: a pipe or a terminal has no start to go back to.
        const int descriptor = ::open(QFile::encodeName(target->path).constData(), O_WRONLY | O_CLOEXEC);
        if (descriptor < 0 || !stream.open(descriptor, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
            if (descriptor >= 0)
                ::close(descriptor);
            return fail(OutputFile::tr("%1 cannot be written: %2").arg(path, systemErrorText(QString())));
        }
#else
        stream.setFileName(target->path);
        if (!stream.open(QIODevice::WriteOnly))
            return fail(OutputFile::tr("%1 cannot be written: %2").arg(path, systemErrorText(stream.errorString())));
#endif
        if (Status s = write(stream); !s)
            return fail(OutputFile::tr("%1 was not written whole: %2").arg(name, s.error()));
        if (!stream.flush() || stream.error() != QFileDevice::NoError)
            return fail(
                OutputFile::tr("%1 was not written whole: %2").arg(name, systemErrorText(stream.errorString())));
        return {};
    }
    QSaveFile file(target->path);
    file.setDirectWriteFallback(false);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return fail(OutputFile::tr("%1 cannot be written: %2").arg(path, systemErrorText(file.errorString())));
    if (Status s = write(file); !s) {
        file.cancelWriting();
        return fail(OutputFile::tr("%1 was not written: %2").arg(name, s.error()));
    }
    errno = 0;
    if (!file.commit())
        return fail(OutputFile::tr("%1 was not written: %2").arg(name, systemErrorText(file.errorString())));
    return {};
}

} // namespace Spyline
