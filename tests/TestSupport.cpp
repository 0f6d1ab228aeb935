#include "TestSupport.h"

#include "CollectionFile.h"

#include <QFile>
#include <QFileInfo>

namespace Spyline::Fixtures {

std::unique_ptr<Store> memoryStore()
{
    auto store = std::make_unique<Store>();
    const Status created = store->create(QStringLiteral(":memory:"));
    EXPECT_TRUE(created.ok()) << created.error().toStdString();
    return store;
}

std::unique_ptr<Store> sampleStore()
{
    auto store = memoryStore();
    const auto report = importSample(*store);
    EXPECT_TRUE(report.ok()) << report.error().toStdString();
    return store;
}

ScratchFolder::ScratchFolder()
{
    EXPECT_TRUE(m_dir.isValid());
}

QString ScratchFolder::path(const QString& name) const
{
    return m_dir.filePath(name);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace Spyline::Fixtures
