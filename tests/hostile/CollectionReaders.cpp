#include "CollectionReaders.h"

#include "ChartExporter.h"
#include "GraphChart.h"
#include "TimelineChart.h"
#include "items/CaseTableModel.h"
#include "items/FilterDescription.h"
#include "store/ActorRepository.h"
#include "store/CaseRepository.h"
#include "store/CaseSearch.h"
#include "store/EventRepository.h"
#include "store/LinkRepository.h"
#include "store/SearchTokenizer.h"
#include "store/SourceRepository.h"
#include "store/Store.h"
#include "timeline/TimelineData.h"
#include "timeline/TimelineLanes.h"
#include "transfer/DataTransfer.h"

#include <QBuffer>
#include <QImage>
#include <QtEndian>

#include <sqlite3.h>

#include <array>
#include <cstring>

namespace Spyline::Hostile {

namespace {

struct Table
{
    const char* name;
    std::array<const char*, 16> columns;
};

// Every table and column a reader looks at.
constexpr std::array<Table, 8> tables {{
    {"cases",
     {"id", "title", "summary", "status", "sector", "target_country", "accused_country", "first_day", "last_day",
      "disclosed_day"}},
    {"actors", {"id", "kind", "name", "native_name", "aliases", "country", "born", "notes", "part_of"}},
    {"roles", {"id", "case_id", "actor_id", "role", "note"}},
    {"events",
     {"id", "case_id", "kind", "title", "description", "date", "date_from", "date_to", "end_date", "end_to", "country",
      "city", "venue_context", "actor_id"}},
    {"sources", {"id", "url", "publisher", "title", "published", "reliability", "credibility"}},
    {"citations", {"id", "source_id", "case_id", "event_id", "quote"}},
    {"links", {"id", "from_event", "to_event", "relation", "note", "source_id"}},
    {"node_positions", {"layout", "node", "x", "y"}},
}};

int columnCount(const Table& table)
{
    int count = 0;
    while (count < int(table.columns.size()) && table.columns[size_t(count)])
        ++count;
    return count;
}

// Reads the program: each edit takes a few bytes, the value as many as it says.
class Reader
{
public:
    explicit Reader(const QByteArray& bytes)
        : m_bytes(bytes)
    {
    }
    bool atEnd() const
    {
        return m_pos >= m_bytes.size();
    }
    quint8 byte()
    {
        return atEnd() ? 0 : quint8(m_bytes[m_pos++]);
    }
    qint64 integer()
    {
        quint64 value = 0;
        for (int i = 0; i < 8; ++i)
            value = (value << 8) | byte();
        return qint64(value);
    }
    QByteArray text(int length)
    {
        const QByteArray part = m_bytes.mid(m_pos, length);
        m_pos += part.size();
        return part;
    }

private:
    const QByteArray& m_bytes;
    qsizetype m_pos = 0;
};

} // namespace

void tamperWithCells(const QString& path, const QByteArray& operations)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return;
    }
    QString error;
    registerSearchTokenizer(db, &error);
    sqlite3_exec(db, "PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON; PRAGMA trusted_schema = ON;",
                 nullptr, nullptr, nullptr);
    Reader program(operations);
    int edits = 0;
    while (!program.atEnd() && ++edits <= 64) {
        const Table& table = tables[program.byte() % tables.size()];
        const char* column = table.columns[size_t(program.byte() % columnCount(table))];
        const int row = program.byte() % 64;
        const QByteArray sql = QByteArrayLiteral("UPDATE ") + table.name + " SET " + column
            + " = ? WHERE rowid = "
              "(SELECT rowid FROM "
            + table.name + " ORDER BY rowid LIMIT 1 OFFSET ?)";
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
            continue;
        switch (program.byte() % 6) {
        case 0:
            sqlite3_bind_null(statement, 1);
            break;
        case 1:
            sqlite3_bind_int64(statement, 1, program.integer());
            break;
        case 2: {
            const qint64 small = qint64(qint8(program.byte())) * 1000 + qint8(program.byte());
            sqlite3_bind_int64(statement, 1, small);
            break;
        }
        case 3: {
            const qint64 bits = program.integer();
            double value = 0;
            std::memcpy(&value, &bits, sizeof value);
            sqlite3_bind_double(statement, 1, value);
            break;
        }
        case 4: {
            const QByteArray text = program.text(program.byte() % 48);
            sqlite3_bind_text(statement, 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            break;
        }
        default: {
            const QByteArray blob = program.text(program.byte() % 16);
            sqlite3_bind_blob(statement, 1, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
            break;
        }
        }
        sqlite3_bind_int(statement, 2, row);
        sqlite3_step(statement);
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
}

int readEveryWay(const QString& path)
{
    int refused = 0;
    const auto count = [&](bool ok) {
        if (!ok)
            ++refused;
    };
    Store store;
    if (!store.open(path, Store::Access::Read))
        return 1;

    const auto ids = CaseSearch(store).caseIds(CaseFilter {});
    count(ids.ok());
    CaseRepository cases(store);
    EventRepository events(store);
    SourceRepository sources(store);
    LinkRepository links(store);
    ActorRepository actors(store);
    for (const Id id : ids.value_or({})) {
        count(cases.get(id).ok());
        count(cases.span(id).ok());
        for (const Role& role : cases.roles(id).value_or({}))
            count(actors.get(role.actorId).ok());
        for (const Event& event : events.eventsOfCase(id).value_or({})) {
            (void)event.date.displayText();
            count(sources.citationsOfEvent(event.id).ok());
        }
        count(sources.sourcesOfCase(id).ok());
        count(links.linksOfCase(id).ok());
    }
    count(events.standaloneEvents().ok());
    count(sources.all().ok());
    count(actors.all().ok());
    count(links.all().ok());
    CaseFilter search;
    search.text = QStringLiteral("zeng");
    search.fromDay = 2450000;
    search.toDay = 2470000;
    count(CaseSearch(store).caseIds(search).ok());
    (void)describeFilter(store, search);

    CaseTableModel table;
    table.setStore(&store);
    for (int row = 0; row < table.rowCount(); ++row) {
        for (int column = 0; column < table.columnCount(); ++column) {
            const QModelIndex index = table.index(row, column);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(CaseTableModel::DayRole)})
                (void)table.data(index, role);
        }
    }

    QBuffer json;
    json.open(QIODevice::WriteOnly);
    count(writeJson(store, json).ok());
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    count(writeCsv(store, csv).ok());

    auto data = TimelineData::load(store);
    count(data.ok());
    if (data) {
        for (LaneKey key : {LaneKey::Case, LaneKey::DisclosingCountry, LaneKey::AccusedCountry, LaneKey::AccusedAgency,
                            LaneKey::VenueCountry, LaneKey::Actor}) {
            auto lanes = TimelineLanes::build(*data, key);
            auto chart = TimelineChart::overview(lanes);
            const ChartExporter::Describe describe = [&](const ExportableChart& shown) {
                return ChartContext::describe(store, shown, CaseFilter {});
            };
            ExportOptions options;
            options.pixelSize = QSize(480, 270);
            options.dpi = 72;
            count(ChartExporter(*chart, describe, options).toImage().ok());
            QBuffer svg;
            svg.open(QIODevice::WriteOnly);
            count(ChartExporter(*chart, describe, options).writeSvg(svg).ok());
        }
    }
    auto graph = GraphChart::build(store, CaseFilter {});
    count(graph.ok());
    if (graph) {
        ExportOptions options;
        options.pixelSize = QSize(480, 270);
        options.dpi = 72;
        const ChartExporter::Describe describe = [&](const ExportableChart& shown) {
            return ChartContext::describe(store, shown, CaseFilter {});
        };
        count(ChartExporter(**graph, describe, options).toImage().ok());
    }
    return refused;
}

} // namespace Spyline::Hostile
