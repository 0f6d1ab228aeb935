#include "TestSupport.h"
#include "store/ActorRepository.h"
#include "store/CaseRepository.h"
#include "store/EventRepository.h"
#include "store/LinkRepository.h"
#include "store/SourceRepository.h"
#include "store/StoreAccess.h"
#include "transfer/DataTransfer.h"
#include "transfer/SyntheticCollection.h"

#include <QBuffer>

#include <sqlite3.h>

// Insert and update write a record's columns each in their own statement: whatever one writes, the
// other must write the same, NULL where the other writes NULL and '' where it writes ''.

using namespace Spyline;

namespace {

PartialDate date(const char* text)
{
    return *PartialDate::parse(QString::fromLatin1(text));
}

// Every row of a table as stored, each column with its SQL type showing: NULL, '' and 5 and '5' differ.
QStringList storedRows(const Store& store, const char* table, Id onlyId = 0)
{
    sqlite3_stmt* statement = nullptr;
    const QByteArray sql = QByteArray("SELECT * FROM ") + table + (onlyId ? " WHERE id = ?" : "") + " ORDER BY id";
    EXPECT_EQ(sqlite3_prepare_v2(connectionOf(store), sql.constData(), -1, &statement, nullptr), SQLITE_OK);
    if (onlyId)
        sqlite3_bind_int64(statement, 1, onlyId);
    QStringList rows;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        QStringList columns;
        for (int i = 0; i < sqlite3_column_count(statement); ++i) {
            const QString name = QString::fromUtf8(sqlite3_column_name(statement, i));
            const QString text = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, i)));
            switch (sqlite3_column_type(statement, i)) {
            case SQLITE_NULL:
                columns.append(name + QStringLiteral("=NULL"));
                break;
            case SQLITE_TEXT:
                columns.append(name + QStringLiteral("='") + text + u'\'');
                break;
            default:
                columns.append(name + u'=' + text);
                break;
            }
        }
        rows.append(columns.join(u' '));
    }
    sqlite3_finalize(statement);
    return rows;
}

QList<Id> storedIds(const Store& store, const char* table)
{
    QList<Id> ids;
    for (const QString& row : storedRows(store, table))
        ids.append(row.section(u' ', 0, 0).section(u'=', 1).toLongLong());
    return ids;
}

QString storedRow(const Store& store, const char* table, Id id)
{
    const QStringList rows = storedRows(store, table, id);
    return rows.size() == 1 ? rows.first() : QStringLiteral("no row %1 in %2").arg(id).arg(QLatin1StringView(table));
}

QStringList everyRecordTable(const Store& store)
{
    QStringList all;
    for (const char* table : {"actors", "cases", "roles", "events", "sources", "citations", "links"})
        all += storedRows(store, table);
    return all;
}

QByteArray jsonDump(Store& store)
{
    QBuffer buffer;
    EXPECT_TRUE(buffer.open(QIODevice::WriteOnly));
    const Status written = writeJson(store, buffer);
    EXPECT_TRUE(written.ok()) << written.error().toStdString();
    return buffer.data();
}

// One record of every kind with every value set, and one with every optional value left empty.
struct Records
{
    QList<Actor> actors;
    QList<Case> cases;
    QList<Event> events;
    QList<Source> sources;
    QList<Link> links;
};

Records fullAndSparse()
{
    Records r;
    r.actors.append(Actor {1,
                           ActorKind::Agency,
                           QStringLiteral("Ministry of State Security"),
                           QStringLiteral("国家安全部"),
                           {QStringLiteral("MSS"), QStringLiteral("Guoanbu")},
                           QStringLiteral("CN"),
                           date("1983-07"),
                           QStringLiteral("Civilian intelligence"),
                           0});
    r.actors.append(Actor {2,
                           ActorKind::Person,
                           QStringLiteral("Seth"),
                           QStringLiteral("セス"),
                           {QStringLiteral("S.")},
                           QStringLiteral("US"),
                           date("~1970s"),
                           QStringLiteral("notes\nover two lines"),
                           1});
    r.actors.append(Actor {3, ActorKind::Person, QStringLiteral("Nobody"), {}, {}, {}, {}, {}, 0});
    r.cases.append(Case {1, QStringLiteral("Zeng"), QStringLiteral("A summary"), CaseStatus::Charged,
                         QStringLiteral("defence"), QStringLiteral("US"), QStringLiteral("CN"),
                         QStringLiteral("row-7")});
    r.cases.append(Case {2, QStringLiteral("Bare"), {}, CaseStatus::Unknown, {}, {}, {}, {}});
    Event full;
    full.id = 1;
    full.caseId = 1;
    full.kind = EventKind::Recruitment;
    full.title = QStringLiteral("Recruited at a conference");
    full.description = QStringLiteral("Paid for travel");
    full.date = date("2015-03-04");
    full.endDate = date("2016-05");
    full.country = QStringLiteral("IT");
    full.city = QStringLiteral("Rome");
    full.venueContext = QStringLiteral("academic conference");
    full.actorId = 2;
    full.reference = QStringLiteral("sheet-3");
    r.events.append(full);
    Event interval;
    interval.id = 2;
    interval.caseId = 1;
    interval.kind = EventKind::Announcement;
    interval.title = QStringLiteral("Announced");
    interval.date = date("2017~/2018-02");
    r.events.append(interval);
    Event undated;
    undated.id = 3;
    undated.kind = EventKind::Statement;
    undated.title = QStringLiteral("An undated statement");
    r.events.append(undated);
    Event openStart;
    openStart.id = 4;
    openStart.kind = EventKind::Law;
    openStart.title = QStringLiteral("Before the law");
    openStart.date = date("../2014-11-01");
    r.events.append(openStart);
    r.sources.append(Source {1, QStringLiteral("https://example.org/a"), QStringLiteral("Ministry of Justice"),
                             QStringLiteral("Press release"), date("2017-11-02"), *Grade::parse(u"B", u"2")});
    r.sources.append(Source {2, QStringLiteral("https://example.org/b"), {}, {}, {}, Grade()});
    r.links.append(Link {1, 2, 4, LinkRelation::References, QStringLiteral("cites the law"), 1});
    r.links.append(Link {2, 1, 4, LinkRelation::Follows, {}, 0});
    return r;
}

// Other values under the same ids, for update to write over.
Records placeholders(const Records& real)
{
    Records other;
    for (Actor actor : real.actors) {
        actor.kind = ActorKind::Media;
        actor.name = QStringLiteral("placeholder %1").arg(actor.id);
        actor.nativeName = QStringLiteral("x");
        actor.aliases = {QStringLiteral("y")};
        actor.country = QStringLiteral("FR");
        actor.born = date("1900");
        actor.notes = QStringLiteral("z");
        actor.partOf = 0;
        other.actors.append(actor);
    }
    for (Case record : real.cases) {
        record = Case {record.id,           QStringLiteral("placeholder"), QStringLiteral("s"),  CaseStatus::Denied,
                       QStringLiteral("x"), QStringLiteral("DE"),          QStringLiteral("RU"), QStringLiteral("ref")};
        other.cases.append(record);
    }
    for (Event event : real.events) {
        event.caseId = 2;
        event.kind = EventKind::Meeting;
        event.title = QStringLiteral("placeholder");
        event.description = QStringLiteral("d");
        event.date = date("1999-01-01");
        event.endDate = date("2000");
        event.country = QStringLiteral("GB");
        event.city = QStringLiteral("c");
        event.venueContext = QStringLiteral("v");
        event.actorId = 3;
        event.reference = QStringLiteral("r");
        other.events.append(event);
    }
    for (Source source : real.sources) {
        source = Source {source.id,           QStringLiteral("https://placeholder.example/%1").arg(source.id),
                         QStringLiteral("p"), QStringLiteral("t"),
                         date("1999"),        *Grade::parse(u"E", u"5")};
        other.sources.append(source);
    }
    for (Link link : real.links) {
        link.fromEvent = link.id == 1 ? 1 : 2;
        link.toEvent = 3;
        link.relation = LinkRelation::RespondsTo;
        link.note = QStringLiteral("n");
        link.sourceId = 2;
        other.links.append(link);
    }
    return other;
}

void insertAll(Store& store, const Records& records)
{
    // Actors without their parents first, so that part_of refers to a stored actor.
    for (const Actor& actor : records.actors)
        ASSERT_OK(ActorRepository(store).insert(actor));
    for (const Case& record : records.cases)
        ASSERT_OK(CaseRepository(store).insert(record));
    for (const Event& event : records.events)
        ASSERT_OK(EventRepository(store).insert(event));
    for (const Source& source : records.sources)
        ASSERT_OK(SourceRepository(store).insert(source));
    for (const Link& link : records.links)
        ASSERT_OK(LinkRepository(store).insert(link));
}

void updateAll(Store& store, const Records& records)
{
    for (const Actor& actor : records.actors)
        ASSERT_OK(ActorRepository(store).update(actor));
    for (const Case& record : records.cases)
        ASSERT_OK(CaseRepository(store).update(record));
    for (const Event& event : records.events)
        ASSERT_OK(EventRepository(store).update(event));
    for (const Source& source : records.sources)
        ASSERT_OK(SourceRepository(store).update(source));
    for (const Link& link : records.links)
        ASSERT_OK(LinkRepository(store).update(link));
}

void expectStoredAsGiven(Store& store, const Records& records)
{
    for (const Actor& actor : records.actors)
        EXPECT_EQ(*ActorRepository(store).get(actor.id), actor);
    for (const Case& record : records.cases)
        EXPECT_EQ(*CaseRepository(store).get(record.id), record);
    for (const Event& event : records.events)
        EXPECT_EQ(*EventRepository(store).get(event.id), event);
    for (const Source& source : records.sources)
        EXPECT_EQ(*SourceRepository(store).get(source.id), source);
    for (const Link& link : records.links)
        EXPECT_EQ(*LinkRepository(store).get(link.id), link);
}

TEST(RecordRoundTripTest, UpdateWritesEveryColumnAsInsertDoes)
{
    const Records records = fullAndSparse();
    auto inserted = Fixtures::memoryStore();
    insertAll(*inserted, records);
    expectStoredAsGiven(*inserted, records);

    // The same records reached by updating others under the same ids: full over full, empty over full.
    auto updated = Fixtures::memoryStore();
    const Records other = placeholders(records);
    insertAll(*updated, other);
    ASSERT_NE(everyRecordTable(*updated), everyRecordTable(*inserted));
    updateAll(*updated, records);
    expectStoredAsGiven(*updated, records);
    EXPECT_EQ(everyRecordTable(*updated), everyRecordTable(*inserted));

    // And back: every value set again over the empty ones.
    updateAll(*updated, other);
    auto otherInserted = Fixtures::memoryStore();
    insertAll(*otherInserted, other);
    expectStoredAsGiven(*updated, other);
    EXPECT_EQ(everyRecordTable(*updated), everyRecordTable(*otherInserted));
}

// The same records with spaces around the values that are stored trimmed, and line breaks to clean.
Records padded(Records records)
{
    const auto pad = [](const QString& text) { return text.isEmpty() ? text : "  "_s + text + "\t "_s; };
    for (Actor& actor : records.actors) {
        actor.name = pad(actor.name);
        actor.nativeName = pad(actor.nativeName);
        actor.notes = actor.notes.isEmpty() ? actor.notes : actor.notes + "\r\nend"_s;
    }
    for (Case& record : records.cases) {
        record.title = pad(record.title);
        record.sector = pad(record.sector);
        record.reference = pad(record.reference);
    }
    for (Event& event : records.events) {
        event.title = pad(event.title);
        event.city = pad(event.city);
        event.reference = pad(event.reference);
        event.description += "\r\n"_s;
    }
    for (Source& source : records.sources) {
        source.publisher = pad(source.publisher);
        source.title = pad(source.title);
    }
    return records;
}

TEST(RecordRoundTripTest, TextIsCleanedAlikeByInsertAndUpdate)
{
    const Records records = padded(fullAndSparse());
    auto inserted = Fixtures::memoryStore();
    insertAll(*inserted, records);
    auto updated = Fixtures::memoryStore();
    insertAll(*updated, placeholders(records));
    updateAll(*updated, records);
    EXPECT_EQ(everyRecordTable(*updated), everyRecordTable(*inserted));

    // Names, titles, sectors, cities, publishers and references trimmed; line breaks made \n.
    EXPECT_EQ(storedRow(*updated, "actors", 2),
              "id=2 kind='person' name='Seth' native_name='セス' aliases='S.' country='US' born='197X~' "
              "notes='notes\nover two lines\nend' part_of=1"_s);
    EXPECT_EQ(storedRow(*updated, "cases", 1),
              "id=1 title='Zeng' summary='A summary' status='charged' sector='defence' target_country='US' "
              "accused_country='CN' first_day=2457086 last_day=2458178 disclosed_day=2457755 disclosed_to=2458178 "
              "reference='row-7'"_s);
    EXPECT_EQ(storedRow(*updated, "sources", 1),
              "id=1 url='https://example.org/a' publisher='Ministry of Justice' title='Press release' "
              "published='2017-11-02' reliability='B' credibility=2"_s);
    EXPECT_EQ(EventRepository(*updated).get(1)->city, "Rome"_s);
    EXPECT_EQ(EventRepository(*updated).get(1)->description, "Paid for travel\n"_s);
}

TEST(RecordRoundTripTest, EmptyValuesAreStoredAsNullOrEmptyTextColumnByColumn)
{
    auto store = Fixtures::memoryStore();
    const Records records = fullAndSparse();
    insertAll(*store, records);
    ASSERT_OK(CaseRepository(*store).addRole(Role {0, 2, 3, RoleKind::Suspect, {}}));
    ASSERT_OK(SourceRepository(*store).cite(Citation {0, 2, 0, 3, {}}));

    // What the collection's readers (timeline, statistics, search, exports) rely on.
    EXPECT_EQ(
        storedRow(*store, "actors", 3),
        "id=3 kind='person' name='Nobody' native_name='' aliases='' country=NULL born='' notes='' part_of=NULL"_s);
    EXPECT_EQ(storedRow(*store, "cases", 2),
              "id=2 title='Bare' summary='' status='unknown' sector='' target_country=NULL accused_country=NULL "
              "first_day=NULL last_day=NULL disclosed_day=NULL disclosed_to=NULL reference=''"_s);
    EXPECT_EQ(storedRow(*store, "events", 3),
              "id=3 case_id=NULL kind='statement' title='An undated statement' description='' date=NULL "
              "date_from=NULL date_to=NULL end_date='' end_to=NULL country=NULL city='' venue_context='' "
              "actor_id=NULL reference=''"_s);
    EXPECT_EQ(storedRow(*store, "sources", 2),
              "id=2 url='https://example.org/b' publisher='' title='' published='' reliability='F' credibility=6"_s);
    EXPECT_EQ(storedRow(*store, "links", 2),
              "id=2 from_event=1 to_event=4 relation='follows' note='' source_id=NULL"_s);
    EXPECT_EQ(storedRows(*store, "roles"), QStringList {"id=1 case_id=2 actor_id=3 role='suspect' note=''"_s});
    EXPECT_EQ(storedRows(*store, "citations"), QStringList {"id=1 source_id=2 case_id=NULL event_id=3 quote=''"_s});
    // A dated event keeps its days; an open end has its end's day and no end_to.
    EXPECT_EQ(storedRow(*store, "events", 1),
              "id=1 case_id=1 kind='recruitment' title='Recruited at a conference' description='Paid for travel' "
              "date='2015-03-04' date_from=2457086 date_to=2457086 end_date='2016-05' end_to=2457540 country='IT' "
              "city='Rome' venue_context='academic conference' actor_id=2 reference='sheet-3'"_s);
}

TEST(RecordRoundTripTest, RewritingEveryRecordAsItIsChangesNothing)
{
    for (const bool synthetic : {false, true}) {
        SCOPED_TRACE(synthetic ? "synthetic collection" : "sample collection");
        auto store = synthetic ? Fixtures::memoryStore() : Fixtures::sampleStore();
        if (synthetic) {
            ASSERT_OK(generateSyntheticCollection(*store, SyntheticOptions {40, 7}));
        }
        const QByteArray json = jsonDump(*store);
        const QStringList rows = everyRecordTable(*store);

        auto actors = ActorRepository(*store).all();
        ASSERT_OK(actors);
        for (const Actor& actor : *actors)
            ASSERT_OK(ActorRepository(*store).update(actor));
        auto sources = SourceRepository(*store).all();
        ASSERT_OK(sources);
        for (const Source& source : *sources)
            ASSERT_OK(SourceRepository(*store).update(source));
        auto links = LinkRepository(*store).all();
        ASSERT_OK(links);
        QList<Event> events;
        for (Id caseId : storedIds(*store, "cases")) {
            auto record = CaseRepository(*store).get(caseId);
            ASSERT_OK(record);
            ASSERT_OK(CaseRepository(*store).update(*record));
            events += *EventRepository(*store).eventsOfCase(caseId);
        }
        events += *EventRepository(*store).standaloneEvents();
        ASSERT_EQ(events.size(), *EventRepository(*store).count());
        for (const Event& event : std::as_const(events))
            ASSERT_OK(EventRepository(*store).update(event));
        for (const LinkDetail& detail : *links)
            ASSERT_OK(LinkRepository(*store).update(detail.link));

        EXPECT_EQ(everyRecordTable(*store), rows);
        EXPECT_EQ(jsonDump(*store), json);
    }
}

TEST(RecordRoundTripTest, MissingRecordsAreNamedByKind)
{
    auto store = Fixtures::memoryStore();
    insertAll(*store, fullAndSparse());
    ActorRepository actors(*store);
    CaseRepository cases(*store);
    EventRepository events(*store);
    SourceRepository sources(*store);
    LinkRepository links(*store);

    Actor actor = *actors.get(3);
    actor.id = 99;
    EXPECT_EQ(actors.update(actor).error(), "the actor 99 no longer exists"_s);
    EXPECT_EQ(actors.remove(99).error(), "the actor 99 no longer exists"_s);
    EXPECT_EQ(actors.get(99).error(), "there is no actor 99"_s);
    Case record = *cases.get(2);
    record.id = 98;
    EXPECT_EQ(cases.update(record).error(), "the case 98 no longer exists"_s);
    EXPECT_EQ(cases.remove(98).error(), "the case 98 no longer exists"_s);
    EXPECT_EQ(cases.get(98).error(), "there is no case 98"_s);
    Event event = *events.get(3);
    event.id = 97;
    EXPECT_EQ(events.update(event).error(), "the event 97 no longer exists"_s);
    EXPECT_EQ(events.remove(97).error(), "the event 97 no longer exists"_s);
    EXPECT_EQ(events.get(97).error(), "there is no event 97"_s);
    Source source = *sources.get(2);
    source.id = 96;
    EXPECT_EQ(sources.update(source).error(), "the source 96 no longer exists"_s);
    EXPECT_EQ(sources.remove(96).error(), "the source 96 no longer exists"_s);
    EXPECT_EQ(sources.get(96).error(), "there is no source 96"_s);
    Link link = *links.get(2);
    link.id = 95;
    EXPECT_EQ(links.update(link).error(), "the link 95 no longer exists"_s);
    EXPECT_EQ(links.get(95).error(), "there is no link 95"_s);
    // A link already gone is no failure to remove: undo may find it taken with its events.
    EXPECT_OK(links.remove(95));

    // Nothing was changed by the refusals.
    const QStringList before = everyRecordTable(*store);
    auto again = Fixtures::memoryStore();
    insertAll(*again, fullAndSparse());
    EXPECT_EQ(before, everyRecordTable(*again));
}

TEST(RecordRoundTripTest, BrokenTiesAreExplainedInTheKindsOwnWords)
{
    auto store = Fixtures::memoryStore();
    insertAll(*store, fullAndSparse());
    const QString missingRecord = QStringLiteral("it refers to a record that does not exist, or it is still used by "
                                                 "other records");

    Actor actor = *ActorRepository(*store).get(2);
    actor.partOf = 77;
    EXPECT_EQ(ActorRepository(*store).update(actor).error(), "the actor Seth could not be saved: "_s + missingRecord);
    Event event = *EventRepository(*store).get(1);
    event.actorId = 77;
    EXPECT_EQ(EventRepository(*store).update(event).error(),
              "the event \"Recruited at a conference\" could not be saved: "_s + missingRecord);
    Link link = *LinkRepository(*store).get(1);
    link.sourceId = 77;
    EXPECT_EQ(LinkRepository(*store).update(link).error(), "the link could not be saved: "_s + missingRecord);
    link = *LinkRepository(*store).get(1);
    link.fromEvent = 1;
    link.relation = LinkRelation::Follows;
    EXPECT_EQ(LinkRepository(*store).update(link).error(),
              "the link could not be saved: UNIQUE constraint failed: links.from_event, links.to_event, "
              "links.relation"_s);
    Source source = *SourceRepository(*store).get(2);
    source.url = QStringLiteral("https://example.org/a");
    EXPECT_EQ(SourceRepository(*store).update(source).error(),
              "url: the collection already has a source at https://example.org/a"_s);
    EXPECT_EQ(SourceRepository(*store).insert(Source {0, source.url, {}, {}, {}, Grade()}).error(),
              "url: the collection already has a source at this address"_s);
    EXPECT_EQ(ActorRepository(*store)
                  .insert(Actor {1, ActorKind::Person, QStringLiteral("Again"), {}, {}, {}, {}, {}, 0})
                  .error(),
              "id: the collection already has a record with this id"_s);

    // A name that looks like a placeholder is said as it is.
    actor.name = QStringLiteral("Seth %2");
    EXPECT_EQ(ActorRepository(*store).update(actor).error(),
              "the actor Seth %2 could not be saved: "_s + missingRecord);
}

} // namespace
