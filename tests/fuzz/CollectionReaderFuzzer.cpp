// A collection file with arbitrary values in its cells, as any SQLite tool can write them: every
// reader must refuse or read it, never crash.

#include "CollectionReaders.h"
#include "store/CollectionFile.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace Spyline;

namespace {

QTemporaryDir* folder = nullptr;
QByteArray* sample = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "collection-reader-fuzzer";
    static char* argv[] = {name, nullptr};
    new QGuiApplication(argc, argv);
    folder = new QTemporaryDir;
    const QString path = folder->filePath(QStringLiteral("sample.spyline"));
    if (!createCollectionFile(path, true))
        abort();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        abort();
    sample = new QByteArray(file.readAll());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = folder->filePath(QStringLiteral("tampered.spyline"));
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1StringView(suffix));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*sample) != sample->size())
        abort();
    file.close();
    Hostile::tamperWithCells(path, QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    Hostile::readEveryWay(path);
    return 0;
}
