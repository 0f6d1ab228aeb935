#include "transfer/DataTransfer.h"

#include "transfer/OutputFile.h"

#include "store/SqliteStatement.h"
#include "store/Store.h"
#include "store/StoreAccess.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Spyline {

namespace {

// tr() for the functions here, which belong to no class.
struct JsonExport
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::JsonExport)
};

void appendJsonString(QByteArray& out, const QString& text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[(c >> 4) & 0xF];
                out += hex[c & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

// One record as one line of JSON, its fields in a fixed order; empty fields are left out.
class JsonObjectLine
{
public:
    void text(const char* key, const QString& value)
    {
        if (value.isEmpty())
            return;
        startField(key);
        appendJsonString(m_out, value);
    }
    void number(const char* key, qint64 value, bool keepZero = false)
    {
        if (value == 0 && !keepZero)
            return;
        startField(key);
        m_out += QByteArray::number(value);
    }
    void list(const char* key, const QStringList& values)
    {
        if (values.isEmpty())
            return;
        startField(key);
        m_out += '[';
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_out += ", ";
            appendJsonString(m_out, values.at(i));
        }
        m_out += ']';
    }
    void raw(const char* key, const QByteArray& json)
    {
        if (json.isEmpty())
            return;
        startField(key);
        m_out += json;
    }
    QByteArray finish()
    {
        m_out += '}';
        return std::move(m_out);
    }

private:
    void startField(const char* key)
    {
        m_out += m_out.isEmpty() ? "{" : ", ";
        m_out += '"';
        m_out += key;
        m_out += "\": ";
    }
    QByteArray m_out;
};

class JsonExporter
{
public:
    JsonExporter(Store& store, QIODevice& device, const Progress& progress)
        : m_store(store)
        , m_device(device)
        , m_progress(progress)
    {
    }

    Status run()
    {
        auto total = countRecords();
        if (!total)
            return total.status();
        m_total = *total;
        m_buffer += "{\n  \"format\": \"spyline-collection\",\n  \"version\": 1";
        for (const auto& section : {&JsonExporter::writeActors, &JsonExporter::writeSources, &JsonExporter::writeCases,
                                    &JsonExporter::writeEvents, &JsonExporter::writeLinks}) {
            if (Status s = (this->*section)(); !s)
                return s;
        }
        m_buffer += "\n}\n";
        return flush(true);
    }

private:
    Result<qint64> countRecords()
    {
        SqliteStatement q;
        if (Status s = q.prepare(connectionOf(m_store),
                                 "SELECT (SELECT count(*) FROM actors) + (SELECT count(*) FROM sources) + "
                                 "(SELECT count(*) FROM cases) + (SELECT count(*) FROM events) + "
                                 "(SELECT count(*) FROM links)");
            !s) {
            return fail(s.error());
        }
        if (!q.step())
            return fail(q.error());
        return q.columnInt(0);
    }

    Status flush(bool force = false)
    {
        if (!force && m_buffer.size() < 1 << 16)
            return {};
        if (m_device.write(m_buffer) != m_buffer.size())
            return fail(JsonExport::tr("writing failed: %1").arg(m_device.errorString()));
        m_buffer.clear();
        return {};
    }

    void startSection(const char* name)
    {
        m_buffer += ",\n  \"";
        m_buffer += name;
        m_buffer += "\": [";
        m_firstInSection = true;
    }

    Status addRecord(QByteArray line)
    {
        m_buffer += m_firstInSection ? "\n    " : ",\n    ";
        m_firstInSection = false;
        m_buffer += line;
        ++m_done;
        if (m_progress && m_done % 1000 == 0 && !m_progress(m_done, m_total))
            return fail(JsonExport::tr("the export was cancelled"));
        return flush();
    }

    void endSection()
    {
        m_buffer += m_firstInSection ? "]" : "\n  ]";
    }

    Status prepare(SqliteStatement& q, const char* sql)
    {
        if (Status s = q.prepare(connectionOf(m_store), sql); !s)
            return fail(JsonExport::tr("reading the collection failed: %1").arg(s.error()));
        return {};
    }

    Status writeActors()
    {
        SqliteStatement q;
        if (Status s = prepare(q,
                               "SELECT id, kind, name, native_name, aliases, country, born, notes, part_of "
                               "FROM actors ORDER BY id");
            !s) {
            return s;
        }
        startSection("actors");
        while (q.step()) {
            JsonObjectLine line;
            line.number("id", q.columnInt(0), true);
            line.text("kind", q.columnText(1));
            line.text("name", q.columnText(2));
            line.text("native_name", q.columnText(3));
            const QString aliases = q.columnText(4);
            line.list("aliases", aliases.isEmpty() ? QStringList() : aliases.split(u'\n'));
            line.text("country", q.columnText(5));
            line.text("born", q.columnText(6));
            line.text("notes", q.columnText(7));
            line.number("part_of", q.columnInt(8));
            if (Status s = addRecord(line.finish()); !s)
                return s;
        }
        endSection();
        return q.failed() ? fail(q.error()) : Status();
    }

    Status writeSources()
    {
        SqliteStatement q;
        if (Status s = prepare(q,
                               "SELECT id, url, publisher, title, published, reliability, credibility "
                               "FROM sources ORDER BY id");
            !s) {
            return s;
        }
        startSection("sources");
        while (q.step()) {
            JsonObjectLine line;
            line.number("id", q.columnInt(0), true);
            line.text("url", q.columnText(1));
            line.text("publisher", q.columnText(2));
            line.text("title", q.columnText(3));
            line.text("published", q.columnText(4));
            line.text("reliability", q.columnText(5));
            line.number("credibility", q.columnInt(6));
            if (Status s = addRecord(line.finish()); !s)
                return s;
        }
        endSection();
        return q.failed() ? fail(q.error()) : Status();
    }

    // Rows of a child table ordered by their parent's id, consumed while the parents stream by.
    class ChildCursor
    {
    public:
        Status open(sqlite3* db, const char* sql)
        {
            if (Status s = m_query.prepare(db, sql); !s)
                return s;
            m_hasRow = m_query.step();
            return m_query.failed() ? fail(m_query.error()) : Status();
        }
        // The JSON list of the children of `parent`, built by `format` from each row.
        template<typename Format>
        QByteArray take(qint64 parent, Format format)
        {
            QByteArray out;
            while (m_hasRow && m_query.columnInt(0) < parent)
                m_hasRow = m_query.step();
            while (m_hasRow && m_query.columnInt(0) == parent) {
                out += out.isEmpty() ? "[" : ", ";
                out += format(m_query);
                m_hasRow = m_query.step();
            }
            if (!out.isEmpty())
                out += ']';
            return out;
        }

    private:
        SqliteStatement m_query;
        bool m_hasRow = false;
    };

    static QByteArray citationJson(const SqliteStatement& row)
    {
        JsonObjectLine line;
        line.number("source", row.columnInt(1), true);
        line.text("quote", row.columnText(2));
        return line.finish();
    }

    Status writeCases()
    {
        SqliteStatement q;
        if (Status s = prepare(q,
                               "SELECT id, title, summary, status, sector, target_country, accused_country, "
                               "reference FROM cases ORDER BY id");
            !s) {
            return s;
        }
        ChildCursor roles;
        ChildCursor citations;
        if (Status s = roles.open(connectionOf(m_store),
                                  "SELECT case_id, actor_id, role, note FROM roles "
                                  "ORDER BY case_id, id");
            !s) {
            return s;
        }
        if (Status s = citations.open(connectionOf(m_store),
                                      "SELECT case_id, source_id, quote FROM citations "
                                      "WHERE case_id IS NOT NULL ORDER BY case_id, id");
            !s) {
            return s;
        }
        startSection("cases");
        while (q.step()) {
            const qint64 id = q.columnInt(0);
            JsonObjectLine line;
            line.number("id", id, true);
            line.text("title", q.columnText(1));
            line.text("summary", q.columnText(2));
            line.text("status", q.columnText(3));
            line.text("sector", q.columnText(4));
            line.text("target_country", q.columnText(5));
            line.text("accused_country", q.columnText(6));
            line.text("reference", q.columnText(7));
            line.raw("roles", roles.take(id, [](const SqliteStatement& row) {
                JsonObjectLine role;
                role.number("actor", row.columnInt(1), true);
                role.text("role", row.columnText(2));
                role.text("note", row.columnText(3));
                return role.finish();
            }));
            line.raw("citations", citations.take(id, citationJson));
            if (Status s = addRecord(line.finish()); !s)
                return s;
        }
        endSection();
        return q.failed() ? fail(q.error()) : Status();
    }

    Status writeEvents()
    {
        SqliteStatement q;
        if (Status s = prepare(q,
                               "SELECT id, case_id, kind, title, description, date, end_date, country, city, "
                               "venue_context, actor_id, reference FROM events ORDER BY id");
            !s) {
            return s;
        }
        ChildCursor citations;
        if (Status s = citations.open(connectionOf(m_store),
                                      "SELECT event_id, source_id, quote FROM citations "
                                      "WHERE event_id IS NOT NULL ORDER BY event_id, id");
            !s) {
            return s;
        }
        startSection("events");
        while (q.step()) {
            const qint64 id = q.columnInt(0);
            JsonObjectLine line;
            line.number("id", id, true);
            line.number("case", q.columnInt(1));
            line.text("kind", q.columnText(2));
            line.text("title", q.columnText(3));
            line.text("description", q.columnText(4));
            line.text("date", q.columnText(5));
            line.text("end_date", q.columnText(6));
            line.text("country", q.columnText(7));
            line.text("city", q.columnText(8));
            line.text("venue_context", q.columnText(9));
            line.number("actor", q.columnInt(10));
            line.text("reference", q.columnText(11));
            line.raw("citations", citations.take(id, citationJson));
            if (Status s = addRecord(line.finish()); !s)
                return s;
        }
        endSection();
        return q.failed() ? fail(q.error()) : Status();
    }

    Status writeLinks()
    {
        SqliteStatement q;
        if (Status s = prepare(q, "SELECT id, from_event, to_event, relation, note, source_id FROM links ORDER BY id");
            !s) {
            return s;
        }
        startSection("links");
        while (q.step()) {
            JsonObjectLine line;
            line.number("id", q.columnInt(0), true);
            line.number("from", q.columnInt(1), true);
            line.number("to", q.columnInt(2), true);
            line.text("relation", q.columnText(3));
            line.text("note", q.columnText(4));
            line.number("source", q.columnInt(5));
            if (Status s = addRecord(line.finish()); !s)
                return s;
        }
        endSection();
        return q.failed() ? fail(q.error()) : Status();
    }

    Store& m_store;
    QIODevice& m_device;
    const Progress& m_progress;
    QByteArray m_buffer;
    bool m_firstInSection = true;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

} // namespace

Status writeJson(Store& store, QIODevice& device, const Progress& progress)
{
    if (!store.isOpen())
        return fail(JsonExport::tr("no collection is open"));
    JsonExporter exporter(store, device, progress);
    return exporter.run();
}

Status exportJson(Store& store, const QString& path, const Progress& progress)
{
    return writeOutputFile(path, store.path(), [&](QIODevice& device) { return writeJson(store, device, progress); });
}

} // namespace Spyline
