#include "transfer/SyntheticCollection.h"
#include "TestSupport.h"
#include "store/ActorRepository.h"
#include "store/CaseRepository.h"
#include "store/EventRepository.h"
#include "store/SqliteStatement.h"
#include "transfer/DataTransfer.h"

#include <QBuffer>

using namespace Spyline;

namespace {

QByteArray generatedJson(int cases, quint64 seed)
{
    auto store = Fixtures::memoryStore();
    const auto report = generateSyntheticCollection(*store, SyntheticOptions {cases, seed});
    EXPECT_OK(report);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EXPECT_OK(writeJson(*store, buffer));
    return buffer.data();
}

qint64 scalar(Store& store, const char* sql)
{
    auto query = runQuery(store, QString::fromLatin1(sql));
    EXPECT_OK(query);
    query->next();
    return query->value(0).toLongLong();
}

TEST(SyntheticCollection, IsDeterministicForASeed)
{
    const QByteArray first = generatedJson(300, 7);
    EXPECT_EQ(first, generatedJson(300, 7));
    EXPECT_NE(first, generatedJson(300, 8));
}

TEST(SyntheticCollection, HasTheShapeOfRealCollections)
{
    auto store = Fixtures::memoryStore();
    const auto report = generateSyntheticCollection(*store, SyntheticOptions {2000, 1});
    ASSERT_OK(report);
    EXPECT_EQ(report->cases, 2000);
    // About five events a case, statements and links among them.
    EXPECT_GT(report->events, 2000 * 4);
    EXPECT_LT(report->events, 2000 * 6);
    EXPECT_GT(report->links, 100);
    // About one date in ten is month or year precise.
    const double partial =
        double(scalar(*store, "SELECT count(*) FROM events WHERE length(date) < 10 OR date LIKE '~%'"))
        / report->events;
    EXPECT_GT(partial, 0.05);
    EXPECT_LT(partial, 0.2);
    // Skewed: the busiest target country holds far more than its 1/150 share.
    const qint64 busiest =
        scalar(*store, "SELECT max(n) FROM (SELECT count(*) AS n FROM cases GROUP BY target_country)");
    EXPECT_GT(busiest, 2000 / 20);
    EXPECT_GT(scalar(*store, "SELECT count(DISTINCT target_country) FROM cases"), 60);
    // Dates span fifty years.
    EXPECT_LT(scalar(*store, "SELECT min(date_from) FROM events"), QDate(1980, 1, 1).toJulianDay());
    EXPECT_GT(scalar(*store, "SELECT max(date_from) FROM events"), QDate(2020, 1, 1).toJulianDay());
    EXPECT_OK(store->checkIntegrity());
}

TEST(SyntheticCollection, RefusesNonsense)
{
    auto store = Fixtures::memoryStore();
    EXPECT_FALSE(generateSyntheticCollection(*store, SyntheticOptions {0, 1}).ok());
}

} // namespace
