#include "TestSupport.h"

#include "store/CaseRepository.h"
#include "store/CaseSearch.h"
#include "store/CollectionFile.h"
#include "store/EventRepository.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

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

Id caseTitled(Store& store, const QString& prefix)
{
    QList<Id> ids = CaseSearch(store).caseIds({}).value_or(QList<Id>());
    std::sort(ids.begin(), ids.end());
    const CaseRepository cases(store);
    for (Id id : ids) {
        if (cases.title(id).value_or(QString()).startsWith(prefix))
            return id;
    }
    return 0;
}

Id eventTitled(Store& store, const QString& prefix)
{
    const EventRepository events(store);
    const Id highest = events.highestId().value_or(0);
    for (Id id = 1; id <= highest; ++id) {
        if (auto event = events.get(id); event && event->title.startsWith(prefix))
            return id;
    }
    return 0;
}

} // namespace Spyline::Fixtures
