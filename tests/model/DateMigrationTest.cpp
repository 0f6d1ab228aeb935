#include "store/Store.h"

#include "TestSupport.h"
#include "store/ActorRepository.h"
#include "store/CaseRepository.h"
#include "store/CaseSearch.h"
#include "store/EventRepository.h"
#include "store/LinkRepository.h"
#include "store/SearchTokenizer.h"
#include "store/SourceRepository.h"
#include "store/SqliteStatement.h"

#include <QDate>

#include <sqlite3.h>

using namespace Spyline;
using Spyline::Fixtures::ScratchFolder;

namespace {

// Every form a date took before EDTF, with the days Spyline stored for it and the EDTF it becomes.
struct OldDate
{
    const char* text;
    QDate first;
    QDate last;
    const char* edtf;
};

const OldDate oldDates[] = {
    {"1984", QDate(1984, 1, 1), QDate(1984, 12, 31), "1984"},
    {"1984-01", QDate(1984, 1, 1), QDate(1984, 1, 31), "1984-01"},
    {"1984-01-15", QDate(1984, 1, 15), QDate(1984, 1, 15), "1984-01-15"},
    {"1930s", QDate(1930, 1, 1), QDate(1939, 12, 31), "193X"},
    {"~1984", QDate(1984, 1, 1), QDate(1984, 12, 31), "1984~"},
    {"~2023-03", QDate(2023, 3, 1), QDate(2023, 3, 31), "2023-03~"},
    {"~2023-08-11", QDate(2023, 8, 11), QDate(2023, 8, 11), "2023-08-11~"},
    {"~1930s", QDate(1930, 1, 1), QDate(1939, 12, 31), "193X~"},
    {"2000s", QDate(2000, 1, 1), QDate(2009, 12, 31), "200X"},
    {"2024-02-29", QDate(2024, 2, 29), QDate(2024, 2, 29), "2024-02-29"},
};

QByteArray number(const QDate& date)
{
    return QByteArray::number(date.toJulianDay());
}

void run(sqlite3* db, const QByteArray& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    ASSERT_EQ(rc, SQLITE_OK) << (message ? message : "") << "\n" << sql.constData();
    sqlite3_free(message);
}

// A collection as Spyline wrote it at schema 2, built by the migrations that shipped then and
// filled with every old date form: events (dates and end dates), actors' births, sources'
// publication dates, with citations and a link that must survive the rebuild of the events table.
QString schemaTwoCollection(const ScratchFolder& scratch)
{
    const QString path = scratch.path(QStringLiteral("v2.spyline"));
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QString error;
    EXPECT_TRUE(registerSearchTokenizer(db, &error)) << error.toStdString();
    for (int version = 1; version <= 2; ++version)
        run(db, Store::migrationScript(version).toUtf8());
    run(db,
        "INSERT INTO countries VALUES ('CN', 'China', 0), ('US', 'United States', 0), ('JP', 'Japan', 0);"
        "INSERT INTO cases (id, title, status) VALUES (1, 'Every old date', 'alleged');"
        "INSERT INTO sources (id, url, published) VALUES (1, 'https://example.org/a', '~2023'),"
        " (2, 'https://example.org/b', '1990s'), (3, 'https://example.org/c', '2023-08-21'),"
        " (4, 'https://example.org/d', '');");
    QByteArray events;
    int id = 0;
    for (const OldDate& old : oldDates) {
        ++id;
        const QByteArray kind = id == 3 ? "announcement" : id == 1 ? "statement" : "recruitment";
        events += "INSERT INTO events (id, case_id, kind, title, date, date_from, date_to, country, venue_context) "
                  "VALUES ("
            + QByteArray::number(id) + ", 1, '" + kind + "', 'Event " + old.text + "', '" + old.text + "', "
            + number(old.first) + ", " + number(old.last) + ", 'JP', 'while studying in Kyoto');";
    }
    // An event that lasted, its end an old approximate month.
    events += "INSERT INTO events (id, case_id, kind, title, date, date_from, date_to, end_date, end_to) VALUES "
              "(20, 1, 'training', 'Trained', '2001', "
        + number(QDate(2001, 1, 1)) + ", " + number(QDate(2001, 12, 31)) + ", '~2003-05', " + number(QDate(2003, 5, 31))
        + ");";
    run(db, events);
    run(db,
        "INSERT INTO actors (id, kind, name, born) VALUES (1, 'person', 'Approximate', '~1971-07'),"
        " (2, 'person', 'Decade', '1970s'), (3, 'person', 'Exact', '1984-01-15'), (4, 'person', 'None', ''),"
        " (5, 'person', 'Approximate decade', '~1940s');"
        "INSERT INTO citations (source_id, event_id, quote) VALUES (1, 3, 'quoted');"
        "INSERT INTO links (id, from_event, to_event, relation) VALUES (1, 3, 1, 'responds_to');"
        "PRAGMA application_id = 1399876718; PRAGMA user_version = 2;");
    sqlite3_close(db);
    return path;
}

TEST(DateMigration, ConvertsEveryOldDateToEdtfWithoutLoss)
{
    ScratchFolder scratch;
    const QString path = schemaTwoCollection(scratch);
    Store store;
    ASSERT_OK(store.open(path));
    auto version = runQuery(store, QStringLiteral("PRAGMA user_version"));
    ASSERT_OK(version);
    version->next();
    EXPECT_EQ(version->value(0).toInt(), Store::SchemaVersion);

    EventRepository events(store);
    int id = 0;
    for (const OldDate& old : oldDates) {
        ++id;
        const auto event = events.get(id);
        ASSERT_OK(event);
        EXPECT_EQ(event->date.text(), QString::fromLatin1(old.edtf)) << old.text;
        EXPECT_EQ(event->date.earliestDay(), old.first.toJulianDay()) << old.text;
        EXPECT_EQ(event->date.latestDay(), old.last.toJulianDay()) << old.text;
        EXPECT_EQ(event->title, QStringLiteral("Event ") + QString::fromLatin1(old.text));
        EXPECT_EQ(event->venueContext, QStringLiteral("while studying in Kyoto"));
        // The stored days agree with what the new text means.
        auto stored = runQuery(store, QStringLiteral("SELECT date, date_from, date_to FROM events WHERE id = ?"), {id});
        ASSERT_OK(stored);
        ASSERT_TRUE(stored->next());
        const auto reread = PartialDate::parseEdtf(stored->value(0).toString());
        ASSERT_OK(reread);
        EXPECT_EQ(reread->earliestDay(), stored->value(1).toInt());
        EXPECT_EQ(reread->latestDay(), stored->value(2).toInt());
    }
    const auto trained = events.get(20);
    ASSERT_OK(trained);
    EXPECT_EQ(trained->endDate.text(), QStringLiteral("2003-05~"));

    ActorRepository actors(store);
    EXPECT_EQ(actors.get(1)->born.text(), QStringLiteral("1971-07~"));
    EXPECT_EQ(actors.get(2)->born.text(), QStringLiteral("197X"));
    EXPECT_EQ(actors.get(3)->born.text(), QStringLiteral("1984-01-15"));
    EXPECT_TRUE(actors.get(4)->born.isNull());
    EXPECT_EQ(actors.get(5)->born.text(), QStringLiteral("194X~"));
    SourceRepository sources(store);
    EXPECT_EQ(sources.get(1)->published.text(), QStringLiteral("2023~"));
    EXPECT_EQ(sources.get(2)->published.text(), QStringLiteral("199X"));
    EXPECT_EQ(sources.get(3)->published.text(), QStringLiteral("2023-08-21"));
    EXPECT_TRUE(sources.get(4)->published.isNull());

    // Ties to the rebuilt events survive: the link, its lag, the citation and the search index.
    const auto link = LinkRepository(store).detail(1);
    ASSERT_OK(link);
    EXPECT_EQ(link->to.id, 1);
    EXPECT_EQ(link->lag.text(), QStringLiteral("0\u201314 d"));
    auto citations = runQuery(store, QStringLiteral("SELECT count(*) FROM citations WHERE event_id = 3"));
    ASSERT_OK(citations);
    citations->next();
    EXPECT_EQ(citations->value(0).toInt(), 1);
    CaseFilter filter;
    filter.text = QStringLiteral("kyoto");
    EXPECT_EQ(*CaseSearch(store).caseIds(filter), QList<Id> {1});

    // The case's disclosure is now a range of days, from its announcement (1984-01-15).
    const auto span = CaseRepository(store).span(1);
    ASSERT_OK(span);
    EXPECT_EQ(span->disclosedDay, QDate(1984, 1, 15).toJulianDay());
    EXPECT_EQ(span->disclosedTo, QDate(1984, 1, 15).toJulianDay());
    EXPECT_EQ(span->firstDay, QDate(1930, 1, 1).toJulianDay());
    EXPECT_EQ(span->lastDay, QDate(2024, 2, 29).toJulianDay());
    EXPECT_OK(store.checkIntegrity());
}

TEST(DateMigration, MigratedCollectionTakesUndatedEventsAndReopens)
{
    ScratchFolder scratch;
    const QString path = schemaTwoCollection(scratch);
    {
        Store store;
        ASSERT_OK(store.open(path));
        Event undated;
        undated.caseId = 1;
        undated.kind = EventKind::Recruitment;
        undated.title = QStringLiteral("Recruited while studying in Japan");
        undated.country = QStringLiteral("JP");
        const auto id = EventRepository(store).insert(undated);
        ASSERT_OK(id);
        const auto stored = EventRepository(store).get(*id);
        ASSERT_OK(stored);
        EXPECT_TRUE(stored->date.isNull());
        // An undated event leaves the case's span as it was.
        EXPECT_EQ(CaseRepository(store).span(1)->firstDay, QDate(1930, 1, 1).toJulianDay());
        EXPECT_OK(store.checkIntegrity());
    }
    // The migrated schema is exactly the one a new collection gets, so it opens again as Spyline's own.
    Store again;
    ASSERT_OK(again.open(path));
    ScratchFolder other;
    Store fresh;
    ASSERT_OK(fresh.create(other.path(QStringLiteral("new.spyline"))));
    const auto schema = [](Store& store) {
        QStringList objects;
        auto query = runQuery(store,
                              QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE name "
                                             "NOT LIKE 'sqlite%' ORDER BY type, name"));
        while (query && query->next())
            objects.append(query->value(0).toString() + u' ' + query->value(1).toString() + u' '
                           + query->value(2).toString());
        return objects;
    };
    EXPECT_EQ(schema(again), schema(fresh));
}

TEST(DateMigration, SpanTriggersKeepTheDisclosureRange)
{
    auto store = Fixtures::memoryStore();
    const auto caseId =
        CaseRepository(*store).insert(Case {0, QStringLiteral("A case"), {}, CaseStatus::Alleged, {}, {}, {}, {}});
    ASSERT_OK(caseId);
    EventRepository events(*store);
    const auto add = [&](EventKind kind, const char* date) {
        Event event;
        event.caseId = *caseId;
        event.kind = kind;
        event.title = QStringLiteral("Event");
        if (*date)
            event.date = *PartialDate::parse(QString::fromLatin1(date));
        const auto id = events.insert(event);
        EXPECT_OK(id);
        return id.value_or(0);
    };
    add(EventKind::Announcement, "");
    EXPECT_EQ(CaseRepository(*store).span(*caseId)->disclosedDay, 0);
    const Id month = add(EventKind::Announcement, "2023-08");
    EXPECT_EQ(CaseRepository(*store).span(*caseId)->disclosedDay, QDate(2023, 8, 1).toJulianDay());
    EXPECT_EQ(CaseRepository(*store).span(*caseId)->disclosedTo, QDate(2023, 8, 31).toJulianDay());
    // An exact day on the month's first day is the narrower disclosure.
    const Id exact = add(EventKind::Announcement, "2023-08-01");
    EXPECT_EQ(CaseRepository(*store).span(*caseId)->disclosedTo, QDate(2023, 8, 1).toJulianDay());
    ASSERT_OK(events.remove(exact));
    EXPECT_EQ(CaseRepository(*store).span(*caseId)->disclosedTo, QDate(2023, 8, 31).toJulianDay());
    ASSERT_OK(events.remove(month));
    EXPECT_EQ(CaseRepository(*store).span(*caseId)->disclosedDay, 0);
    EXPECT_EQ(CaseRepository(*store).span(*caseId)->disclosedTo, 0);
    EXPECT_OK(store->checkIntegrity());
}

} // namespace
