#include "transfer/DataTransfer.h"

#include "transfer/JsonRecord.h"

#include "store/BulkLoad.h"
#include "store/RecordWriter.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Spyline {

namespace {

// tr() for the functions here, which belong to no class.
struct JsonImport
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::JsonImport)
};

constexpr int FormatVersion = 1;
const QString formatName = QStringLiteral("spyline-collection");

class JsonImporter
{
public:
    JsonImporter(Store& store, const QString& name, const Progress& progress)
        : m_store(store)
        , m_writer(store)
        , m_name(name)
        , m_progress(progress)
    {
    }

    Result<ImportReport> run(const QByteArray& data)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const QByteArray before = data.left(parseError.offset);
            const int line = static_cast<int>(before.count('\n')) + 1;
            const int column = static_cast<int>(parseError.offset - before.lastIndexOf('\n'));
            return fail(QStringLiteral("%1:%2:%3: ").arg(m_name).arg(line).arg(column)
                        + JsonImport::tr("not valid JSON: %1").arg(parseError.errorString()));
        }
        if (!document.isObject())
            return fail(m_name + QStringLiteral(":1: ") + JsonImport::tr("a Spyline collection is a JSON object"));
        if (const auto duplicate = firstDuplicateKey(data)) {
            return fail(QStringLiteral("%1:%2: %3: ").arg(m_name).arg(duplicate->line).arg(duplicate->key)
                        + JsonImport::tr(
                            "appears twice in one object; only one of them could be kept, so the file is refused"));
        }
        const QJsonObject root = document.object();
        JsonRecord top(root, m_name + QStringLiteral(":1: "));
        if (Status s = top.onlyKeys({"format", "version", "actors", "sources", "cases", "events", "links"}); !s)
            return fail(s.error());
        if (root.value(QStringLiteral("format")).toString() != formatName)
            return top.error(QStringLiteral("format"), JsonImport::tr("must be \"%1\"").arg(formatName));
        const int version = root.value(QStringLiteral("version")).toInt(-1);
        if (version < 1)
            return top.error(QStringLiteral("version"), JsonImport::tr("must be a whole number, 1 for this format"));
        if (version > FormatVersion) {
            return top.error(
                QStringLiteral("version"),
                JsonImport::tr("the file is version %1, written by a newer Spyline; this one reads version %2")
                    .arg(version)
                    .arg(FormatVersion));
        }
        m_lines = elementLines(data);
        for (const char* section : {"actors", "sources", "cases", "events", "links"}) {
            auto list = top.array(section);
            if (!list)
                return fail(list.error());
            m_sections.insert(QString::fromLatin1(section), *list);
            m_total += list->size();
        }

        Status s = BulkLoad::run(m_store, [&](bool startedEmpty) -> Status {
            decideIdPolicy(startedEmpty);
            for (const auto& step : {&JsonImporter::readActors, &JsonImporter::readSources, &JsonImporter::readCases,
                                     &JsonImporter::readEvents, &JsonImporter::readLinks}) {
                if (Status e = (this->*step)(); !e)
                    return e;
            }
            return {};
        });
        if (!s)
            return fail(s.error());
        return m_report;
    }

private:
    JsonRecord record(const char* section, int index, const QJsonValue& value, Status* status) const
    {
        const QString name = QString::fromLatin1(section);
        const QList<int> lines = m_lines.value(name);
        const int line = index < lines.size() ? lines.at(index) : 1;
        const QString prefix = QStringLiteral("%1:%2: %3[%4]: ").arg(m_name).arg(line).arg(name).arg(index);
        if (!value.isObject())
            *status = fail(prefix + JsonImport::tr("each entry must be a JSON object"));
        return JsonRecord(value.toObject(), prefix);
    }

    Status tick()
    {
        ++m_done;
        if (m_progress && m_done % 1000 == 0 && !m_progress(m_done, m_total))
            return fail(JsonImport::tr("the import was cancelled; the collection is unchanged"));
        return {};
    }

    // Into an empty collection, numeric ids are kept so that export and import round-trip exactly.
    // Ids are kept as they are in the file only into an empty collection, and only where every one
    // is a number Spyline can store.
    void decideIdPolicy(bool empty)
    {
        bool numeric = true;
        for (const QJsonArray& list : std::as_const(m_sections)) {
            for (const auto& value : list) {
                const QJsonValue id = value.toObject().value(QStringLiteral("id"));
                if (!id.isDouble() || id.toInteger() > MaxRecordId)
                    numeric = false;
            }
        }
        m_keepIds = empty && numeric;
    }

    Id ownId(const QString& key) const
    {
        return m_keepIds ? key.toLongLong() : 0;
    }

    Result<Id> resolve(const JsonRecord& rec, const char* field, const QHash<QString, Id>& ids, bool required,
                       const QString& what) const
    {
        auto key = rec.key(field, required);
        if (!key)
            return fail(key.error());
        if (key->isEmpty())
            return Id(0);
        const auto it = ids.constFind(*key);
        if (it == ids.constEnd())
            return rec.error(QString::fromLatin1(field),
                             JsonImport::tr("there is no %1 with id %2 in the file").arg(what, *key));
        return *it;
    }

    Status readActors()
    {
        const QJsonArray list = m_sections.value(QStringLiteral("actors"));
        struct PartOf
        {
            Id actor;
            QString parentKey;
            QString prefix;
        };
        QList<PartOf> partOf;
        for (int i = 0; i < list.size(); ++i) {
            Status status;
            JsonRecord rec = record("actors", i, list.at(i), &status);
            if (!status)
                return status;
            if (Status s = rec.onlyKeys(
                    {"id", "kind", "name", "native_name", "aliases", "country", "born", "notes", "part_of"});
                !s) {
                return s;
            }
            auto key = rec.key("id", true);
            auto kind = rec.choice<ActorKind>("kind", ActorKind::Person);
            auto name = rec.text("name", true);
            auto nativeName = rec.text("native_name");
            auto aliases = rec.textList("aliases");
            auto country = rec.country("country");
            auto born = rec.date("born");
            auto notes = rec.text("notes");
            auto part = rec.key("part_of", false);
            for (const Status& s : {key.status(), kind.status(), name.status(), nativeName.status(), aliases.status(),
                                    country.status(), born.status(), notes.status(), part.status()}) {
                if (!s)
                    return s;
            }
            if (m_actors.contains(*key))
                return rec.error(QStringLiteral("id"),
                                 JsonImport::tr("%1 is used by another actor in the file").arg(*key));
            Actor actor {ownId(*key), *kind, *name, *nativeName, *aliases, *country, *born, *notes, 0};
            Id id = 0;
            if (!m_keepIds) {
                auto existing = m_writer.findActor(actor.name, actor.country);
                if (!existing)
                    return rec.error(existing.error());
                id = *existing;
            }
            const bool merged = id != 0;
            if (!merged) {
                auto inserted = m_writer.insertActor(actor);
                if (!inserted)
                    return rec.error(inserted.error());
                id = *inserted;
                ++m_report.actors;
            }
            m_actors.insert(*key, id);
            // An actor merged with one already stored keeps its own ties.
            if (!part->isEmpty() && !merged)
                partOf.append({id, *part, rec.prefix()});
            if (Status s = tick(); !s)
                return s;
        }
        // Stations may be listed before their agency, so ties are made once every actor exists.
        for (const PartOf& tie : std::as_const(partOf)) {
            const auto parent = m_actors.constFind(tie.parentKey);
            if (parent == m_actors.constEnd())
                return fail(tie.prefix
                            + JsonImport::tr("part_of: there is no actor with id %1 in the file").arg(tie.parentKey));
            if (Status s = m_writer.setPartOf(tie.actor, *parent); !s)
                return fail(tie.prefix + s.error());
        }
        return {};
    }

    Status readSources()
    {
        const QJsonArray list = m_sections.value(QStringLiteral("sources"));
        for (int i = 0; i < list.size(); ++i) {
            Status status;
            JsonRecord rec = record("sources", i, list.at(i), &status);
            if (!status)
                return status;
            if (Status s = rec.onlyKeys({"id", "url", "publisher", "title", "published", "reliability", "credibility"});
                !s) {
                return s;
            }
            auto key = rec.key("id", true);
            auto url = rec.text("url", true);
            auto publisher = rec.text("publisher");
            auto title = rec.text("title");
            auto published = rec.date("published");
            auto reliability = rec.text("reliability");
            for (const Status& s : {key.status(), url.status(), publisher.status(), title.status(), published.status(),
                                    reliability.status()}) {
                if (!s)
                    return s;
            }
            const QJsonValue credibilityValue = list.at(i).toObject().value(QStringLiteral("credibility"));
            // The number as written: 3.9 is reported as 3.9, not as the whole number it would round to.
            const QString credibility = credibilityValue.isDouble() ? QString::number(credibilityValue.toDouble())
                : credibilityValue.isUndefined() || credibilityValue.isNull() ? QStringLiteral("6")
                                                                              : credibilityValue.toString();
            auto grade = Grade::parse(reliability->isEmpty() ? QStringLiteral("F") : *reliability, credibility);
            if (!grade)
                return rec.error(grade.error());
            if (m_sources.contains(*key))
                return rec.error(QStringLiteral("id"),
                                 JsonImport::tr("%1 is used by another source in the file").arg(*key));
            Source source {ownId(*key), *url, *publisher, *title, *published, *grade};
            Id id = 0;
            if (!m_keepIds) {
                auto existing = m_writer.findSource(source.url);
                if (!existing)
                    return rec.error(existing.error());
                id = *existing;
            }
            if (id == 0) {
                auto inserted = m_writer.insertSource(source);
                if (!inserted)
                    return rec.error(inserted.error());
                id = *inserted;
                ++m_report.sources;
            }
            m_sources.insert(*key, id);
            if (Status s = tick(); !s)
                return s;
        }
        return {};
    }

    // The "citations" list of a case or event: [{"source": id, "quote": "..."}].
    Status readCitations(const JsonRecord& rec, Id caseId, Id eventId)
    {
        auto list = rec.array("citations");
        if (!list)
            return list.status();
        for (int i = 0; i < list->size(); ++i) {
            const JsonRecord citation(list->at(i).toObject(), rec.prefix() + QStringLiteral("citations[%1]: ").arg(i));
            if (Status s = citation.onlyKeys({"source", "quote"}); !s)
                return s;
            auto source = resolve(citation, "source", m_sources, true, JsonImport::tr("source"));
            auto quote = citation.text("quote");
            if (!source)
                return source.status();
            if (!quote)
                return quote.status();
            auto inserted = m_writer.insertCitation(Citation {0, *source, caseId, eventId, *quote});
            if (!inserted)
                return citation.error(inserted.error());
        }
        return {};
    }

    Status readCases()
    {
        const QJsonArray list = m_sections.value(QStringLiteral("cases"));
        for (int i = 0; i < list.size(); ++i) {
            Status status;
            JsonRecord rec = record("cases", i, list.at(i), &status);
            if (!status)
                return status;
            if (Status s = rec.onlyKeys({"id", "title", "summary", "status", "sector", "target_country",
                                         "accused_country", "reference", "roles", "citations"});
                !s) {
                return s;
            }
            auto key = rec.key("id", true);
            auto title = rec.text("title", true);
            auto summary = rec.text("summary");
            auto caseStatus = rec.choice<CaseStatus>("status", CaseStatus::Unknown);
            auto sector = rec.text("sector");
            auto target = rec.country("target_country");
            auto accused = rec.country("accused_country");
            auto reference = rec.text("reference");
            auto roles = rec.array("roles");
            for (const Status& s :
                 {key.status(), title.status(), summary.status(), caseStatus.status(), sector.status(), target.status(),
                  accused.status(), reference.status(), roles.status()}) {
                if (!s)
                    return s;
            }
            if (m_cases.contains(*key))
                return rec.error(QStringLiteral("id"),
                                 JsonImport::tr("%1 is used by another case in the file").arg(*key));
            auto inserted = m_writer.insertCase(
                Case {ownId(*key), *title, *summary, *caseStatus, *sector, *target, *accused, *reference});
            if (!inserted)
                return rec.error(inserted.error());
            m_cases.insert(*key, *inserted);
            ++m_report.cases;
            for (int r = 0; r < roles->size(); ++r) {
                const JsonRecord role(roles->at(r).toObject(), rec.prefix() + QStringLiteral("roles[%1]: ").arg(r));
                if (Status s = role.onlyKeys({"actor", "role", "note"}); !s)
                    return s;
                auto actor = resolve(role, "actor", m_actors, true, JsonImport::tr("actor"));
                auto kind = role.choice<RoleKind>("role", std::nullopt);
                auto note = role.text("note");
                for (const Status& s : {actor.status(), kind.status(), note.status()}) {
                    if (!s)
                        return s;
                }
                auto added = m_writer.insertRole(Role {0, *inserted, *actor, *kind, *note});
                if (!added)
                    return role.error(added.error());
            }
            if (Status s = readCitations(rec, *inserted, 0); !s)
                return s;
            if (Status s = tick(); !s)
                return s;
        }
        return {};
    }

    Status readEvents()
    {
        const QJsonArray list = m_sections.value(QStringLiteral("events"));
        for (int i = 0; i < list.size(); ++i) {
            Status status;
            JsonRecord rec = record("events", i, list.at(i), &status);
            if (!status)
                return status;
            if (Status s = rec.onlyKeys({"id", "case", "kind", "title", "description", "date", "end_date", "country",
                                         "city", "venue_context", "actor", "reference", "citations"});
                !s) {
                return s;
            }
            auto key = rec.key("id", true);
            auto caseId = resolve(rec, "case", m_cases, false, JsonImport::tr("case"));
            auto kind = rec.choice<EventKind>("kind", std::nullopt);
            auto title = rec.text("title", true);
            auto description = rec.text("description");
            auto date = rec.date("date");
            auto endDate = rec.date("end_date");
            auto country = rec.country("country");
            auto city = rec.text("city");
            auto venue = rec.text("venue_context");
            auto actor = resolve(rec, "actor", m_actors, false, JsonImport::tr("actor"));
            auto reference = rec.text("reference");
            for (const Status& s : {key.status(), caseId.status(), kind.status(), title.status(), description.status(),
                                    date.status(), endDate.status(), country.status(), city.status(), venue.status(),
                                    actor.status(), reference.status()}) {
                if (!s)
                    return s;
            }
            if (m_events.contains(*key))
                return rec.error(QStringLiteral("id"),
                                 JsonImport::tr("%1 is used by another event in the file").arg(*key));
            Event event {ownId(*key), *caseId,  *kind, *title, *description, *date,
                         *endDate,    *country, *city, *venue, *actor,       *reference};
            auto inserted = m_writer.insertEvent(event);
            if (!inserted)
                return rec.error(inserted.error());
            m_events.insert(*key, *inserted);
            m_eventDates.insert(*inserted, event.date);
            ++m_report.events;
            if (Status s = readCitations(rec, 0, *inserted); !s)
                return s;
            if (Status s = tick(); !s)
                return s;
        }
        return {};
    }

    Status readLinks()
    {
        const QJsonArray list = m_sections.value(QStringLiteral("links"));
        for (int i = 0; i < list.size(); ++i) {
            Status status;
            JsonRecord rec = record("links", i, list.at(i), &status);
            if (!status)
                return status;
            if (Status s = rec.onlyKeys({"id", "from", "to", "relation", "note", "source"}); !s)
                return s;
            auto key = rec.key("id", false);
            auto from = resolve(rec, "from", m_events, true, JsonImport::tr("event"));
            auto to = resolve(rec, "to", m_events, true, JsonImport::tr("event"));
            auto relation = rec.choice<LinkRelation>("relation", std::nullopt);
            auto note = rec.text("note");
            auto source = resolve(rec, "source", m_sources, false, JsonImport::tr("source"));
            for (const Status& s :
                 {key.status(), from.status(), to.status(), relation.status(), note.status(), source.status()}) {
                if (!s)
                    return s;
            }
            // Only dates that are known on both sides can contradict the link's direction.
            const Lag lag = lagBetween(m_eventDates.value(*to), m_eventDates.value(*from));
            if (lag.hasMax && lag.maxDays < 0)
                return rec.error(QStringLiteral("to"),
                                 JsonImport::tr("the event it points to comes after the event it starts from"));
            const Id id = key->isEmpty() ? 0 : ownId(*key);
            auto inserted = m_writer.insertLink(Link {id, *from, *to, *relation, *note, *source});
            if (!inserted)
                return rec.error(inserted.error());
            ++m_report.links;
            if (Status s = tick(); !s)
                return s;
        }
        return {};
    }

    Store& m_store;
    RecordWriter m_writer;
    QString m_name;
    const Progress& m_progress;
    QHash<QString, QList<int>> m_lines;
    QHash<QString, QJsonArray> m_sections;
    QHash<QString, Id> m_actors, m_sources, m_cases, m_events;
    QHash<Id, PartialDate> m_eventDates;
    bool m_keepIds = false;
    qint64 m_done = 0;
    qint64 m_total = 0;
    ImportReport m_report;
};

} // namespace

QString ImportReport::summary() const
{
    return JsonImport::tr("%1 cases, %2 actors, %3 events, %4 sources, %5 links")
        .arg(cases)
        .arg(actors)
        .arg(events)
        .arg(sources)
        .arg(links);
}

Result<ImportReport> importJsonData(Store& store, const QByteArray& data, const QString& name, const Progress& progress)
{
    JsonImporter importer(store, name, progress);
    return importer.run(data);
}

Result<QByteArray> readAtMost(QIODevice& device, qint64 limit, const QString& name)
{
    QByteArray data;
    constexpr qint64 Chunk = 1 << 20;
    // A file that says it is too big is believed at once; one that says nothing is counted as read.
    if (!device.isSequential() && device.size() > limit)
        return fail(
            JsonImport::tr("%1 is over %2 MB; Spyline imports JSON files up to %2 MB. Split it, or import it as CSV, "
                           "which has no limit")
                .arg(name)
                .arg(limit / (1024 * 1024)));
    for (;;) {
        const qint64 room = limit + 1 - data.size();
        if (room <= 0) {
            return fail(
                JsonImport::tr("%1 is over %2 MB; Spyline imports JSON files up to %2 MB. Split it, or import it as "
                               "CSV, which has no limit")
                    .arg(name)
                    .arg(limit / (1024 * 1024)));
        }
        const QByteArray bytes = device.read(std::min(Chunk, room));
        if (bytes.isEmpty()) {
            const auto* file = qobject_cast<const QFileDevice*>(&device);
            if (file && file->error() != QFileDevice::NoError)
                return fail(JsonImport::tr("%1 cannot be read: %2").arg(name, file->errorString()));
            return data;
        }
        data += bytes;
    }
}

Result<ImportReport> importJson(Store& store, const QString& path, const Progress& progress)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(JsonImport::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    auto data = readAtMost(file, MaxJsonImportBytes, name);
    if (!data)
        return fail(data.error());
    return importJsonData(store, *data, name, progress);
}

} // namespace Spyline
