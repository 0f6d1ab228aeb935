#include "transfer/DataTransfer.h"

#include "records/CountryCatalog.h"
#include "records/Validation.h"
#include "store/BulkLoad.h"
#include "store/RecordWriter.h"
#include "store/Store.h"
#include "transfer/CsvReader.h"
#include "transfer/sheet/SheetImport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace Spyline {

namespace {

// tr() for the functions here, which belong to no class.
struct CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::CsvImport)
};

enum Column
{
    Title,
    CaseStatusColumn,
    Summary,
    Suspect,
    SuspectNativeName,
    SuspectCountry,
    SuspectBorn,
    Sector,
    AccusedAgency,
    AccusedCountry,
    DisclosedBy,
    DisclosureCountry,
    DisclosedOn,
    RecruitmentCountry,
    RecruitmentCity,
    RecruitmentContext,
    RecruitedOn,
    ArrestedOn,
    SourceUrl,
    SourcePublisher,
    SourceTitle,
    SourceReliability,
    SourceCredibility,
    ColumnCount,
};

constexpr const char* columnNames[ColumnCount] = {
    "title",
    "status",
    "summary",
    "suspect",
    "suspect_native_name",
    "suspect_country",
    "suspect_born",
    "sector",
    "accused_agency",
    "accused_country",
    "disclosed_by",
    "disclosure_country",
    "disclosed_on",
    "recruitment_country",
    "recruitment_city",
    "recruitment_context",
    "recruited_on",
    "arrested_on",
    "source_url",
    "source_publisher",
    "source_title",
    "source_reliability",
    "source_credibility",
};

class CsvImporter
{
public:
    CsvImporter(Store& store, QIODevice& device, const QString& name, const Progress& progress)
        : m_store(store)
        , m_writer(store)
        , m_reader(device, MaxTextLength)
        , m_device(device)
        , m_name(name)
        , m_progress(progress)
    {
    }

    Result<ImportReport> run()
    {
        if (Status e = readHeader(); !e)
            return fail(e.error());
        Status s = BulkLoad::run(m_store, [&](bool startedEmpty) -> Status {
            m_lookUpStored = !startedEmpty;
            while (auto row = m_reader.next()) {
                if (Status e = importRow(*row); !e)
                    return e;
                if (m_progress && ++m_rows % 1000 == 0 && !m_progress(m_reader.bytesRead(), m_device.size()))
                    return fail(CsvImport::tr("the import was cancelled; the collection is unchanged"));
            }
            if (m_reader.hasError())
                return fail(QStringLiteral("%1:%2: ").arg(m_name).arg(m_reader.errorLine()) + m_reader.error());
            return {};
        });
        if (!s)
            return fail(s.error());
        return m_report;
    }

private:
    Failure error(const QString& message) const
    {
        return fail(QStringLiteral("%1:%2: ").arg(m_name).arg(m_reader.recordLine()) + message);
    }
    Failure error(Column column, const QString& message) const
    {
        return error(QString::fromLatin1(columnNames[column]) + QStringLiteral(": ") + message);
    }

    Status readHeader()
    {
        const auto header = m_reader.next();
        if (!header) {
            if (m_reader.hasError())
                return fail(QStringLiteral("%1:%2: ").arg(m_name).arg(m_reader.errorLine()) + m_reader.error());
            return fail(CsvImport::tr("%1: the file is empty; a CSV import needs a header line").arg(m_name));
        }
        m_columnOf.fill(-1, ColumnCount);
        QStringList accepted;
        for (const char* name : columnNames)
            accepted.append(QString::fromLatin1(name));
        for (int i = 0; i < header->size(); ++i) {
            const QString name = header->at(i).trimmed().toLower();
            const auto column = accepted.indexOf(name);
            if (column < 0) {
                return error(CsvImport::tr("unknown column \"%1\"; the columns are %2")
                                 .arg(header->at(i), accepted.join(QStringLiteral(", "))));
            }
            if (m_columnOf[column] >= 0)
                return error(CsvImport::tr("the column \"%1\" appears twice").arg(name));
            m_columnOf[column] = i;
        }
        m_width = static_cast<int>(header->size());
        if (m_columnOf[Title] < 0)
            return error(
                CsvImport::tr("the required column \"%1\" is missing").arg(QString::fromLatin1(columnNames[Title])));
        return {};
    }

    QString value(const QStringList& row, Column column) const
    {
        const int index = m_columnOf[column];
        return index >= 0 ? fromSpreadsheetCell(row.at(index).trimmed()) : QString();
    }

    Result<QString> country(const QStringList& row, Column column) const
    {
        const QString text = value(row, column);
        if (text.isEmpty())
            return QString();
        const auto code = CountryCatalog::resolve(text);
        if (!code)
            return error(
                column,
                CsvImport::tr("\"%1\" is not a country Spyline knows; use an ISO code or the English name").arg(text));
        return *code;
    }

    Result<PartialDate> date(const QStringList& row, Column column) const
    {
        const QString text = value(row, column);
        if (text.isEmpty())
            return PartialDate();
        auto parsed = PartialDate::parse(text);
        if (!parsed)
            return error(column, parsed.error());
        return parsed;
    }

    // Actors with the same name and country are the same actor.
    Result<Id> actor(const QString& name, const QString& country, ActorKind kind, const QString& nativeName = {},
                     const PartialDate& born = {})
    {
        const QString key = name.toCaseFolded() + u'\x1f' + country;
        if (const auto it = m_actorIds.constFind(key); it != m_actorIds.constEnd())
            return *it;
        Id id = 0;
        if (m_lookUpStored) {
            auto existing = m_writer.findActor(name, country);
            if (!existing)
                return fail(existing.error());
            id = *existing;
        }
        if (id == 0) {
            Actor record;
            record.kind = kind;
            record.name = name;
            record.nativeName = nativeName;
            record.country = country;
            record.born = born;
            auto inserted = m_writer.insertActor(record);
            if (!inserted)
                return fail(inserted.error());
            id = *inserted;
            ++m_report.actors;
        }
        m_actorIds.insert(key, id);
        return id;
    }

    Result<Id> source(const QStringList& row)
    {
        const QString url = value(row, SourceUrl);
        if (url.isEmpty())
            return Id(0);
        if (const auto it = m_sourceIds.constFind(url); it != m_sourceIds.constEnd())
            return *it;
        if (Status s = validateSourceUrl(url); !s)
            return error(SourceUrl, s.error().section(QStringLiteral(": "), 1));
        Id id = 0;
        if (m_lookUpStored) {
            auto existing = m_writer.findSource(url);
            if (!existing)
                return error(existing.error());
            id = *existing;
        }
        if (id == 0) {
            const QString reliability = value(row, SourceReliability);
            const QString credibility = value(row, SourceCredibility);
            auto grade = Grade::parse(reliability.isEmpty() ? QStringLiteral("F") : reliability,
                                      credibility.isEmpty() ? QStringLiteral("6") : credibility);
            if (!grade) {
                const bool reliabilityWrong = grade.error().startsWith(QStringLiteral("reliability"));
                return error(reliabilityWrong ? SourceReliability : SourceCredibility,
                             grade.error().section(QStringLiteral(": "), 1));
            }
            Source record;
            record.url = url;
            record.publisher = value(row, SourcePublisher);
            record.title = value(row, SourceTitle);
            record.grade = *grade;
            auto inserted = m_writer.insertSource(record);
            if (!inserted)
                return error(SourceUrl, inserted.error());
            id = *inserted;
            ++m_report.sources;
        }
        m_sourceIds.insert(url, id);
        return id;
    }

    Result<CaseStatus> status(const QStringList& row) const
    {
        const QString text = value(row, CaseStatusColumn);
        if (text.isEmpty())
            return CaseStatus::Unknown;
        QString key = text.toLower();
        key.replace(u' ', u'_');
        if (const auto parsed = fromKey<CaseStatus>(key))
            return *parsed;
        return error(
            CaseStatusColumn,
            CsvImport::tr("\"%1\" is not one of %2").arg(text, allKeys<CaseStatus>().join(QStringLiteral(", "))));
    }

    Status addEvent(const Event& event, Id sourceId)
    {
        auto inserted = m_writer.insertEvent(event);
        if (!inserted)
            return error(inserted.error());
        ++m_report.events;
        if (sourceId != 0) {
            if (auto cited = m_writer.insertCitation(Citation {0, sourceId, 0, *inserted, {}}); !cited)
                return error(cited.error());
        }
        return {};
    }

    Status importRow(const QStringList& row)
    {
        if (row.size() != m_width) {
            return error(CsvImport::tr("the row has %1 fields, the header has %2").arg(row.size()).arg(m_width));
        }
        const QString title = value(row, Title);
        if (title.isEmpty())
            return error(Title, CsvImport::tr("a case needs a title"));
        auto disclosedOn = date(row, DisclosedOn);
        if (!disclosedOn)
            return disclosedOn.status();
        auto caseStatus = status(row);
        auto suspectCountry = country(row, SuspectCountry);
        auto suspectBorn = date(row, SuspectBorn);
        auto accusedCountry = country(row, AccusedCountry);
        auto disclosureCountry = country(row, DisclosureCountry);
        auto recruitmentCountry = country(row, RecruitmentCountry);
        auto recruitedOn = date(row, RecruitedOn);
        auto arrestedOn = date(row, ArrestedOn);
        for (const Status& s :
             {caseStatus.status(), suspectCountry.status(), suspectBorn.status(), accusedCountry.status(),
              disclosureCountry.status(), recruitmentCountry.status(), recruitedOn.status(), arrestedOn.status()}) {
            if (!s)
                return s;
        }
        // A place or context of recruitment is kept with or without its date.
        const bool recruitmentGiven = !recruitedOn->isNull() || !recruitmentCountry->isEmpty()
            || !value(row, RecruitmentCity).isEmpty() || !value(row, RecruitmentContext).isEmpty();
        auto sourceId = source(row);
        if (!sourceId)
            return sourceId.status();

        Case record;
        record.title = title;
        record.summary = value(row, Summary);
        record.status = *caseStatus;
        record.sector = value(row, Sector);
        record.targetCountry = *disclosureCountry;
        record.accusedCountry = *accusedCountry;
        auto caseId = m_writer.insertCase(record);
        if (!caseId)
            return error(caseId.error());
        ++m_report.cases;

        const auto addRole = [&](Column column, Result<Id> actorId, RoleKind role) -> Status {
            if (!actorId)
                return error(column, actorId.error());
            if (auto added = m_writer.insertRole(Role {0, *caseId, *actorId, role, {}}); !added)
                return error(column, added.error());
            return {};
        };
        if (const QString suspect = value(row, Suspect); !suspect.isEmpty()) {
            auto id = actor(suspect, *suspectCountry, ActorKind::Person, value(row, SuspectNativeName), *suspectBorn);
            if (Status s = addRole(Suspect, id, RoleKind::Suspect); !s)
                return s;
        }
        if (const QString agency = value(row, AccusedAgency); !agency.isEmpty()) {
            if (Status s = addRole(AccusedAgency, actor(agency, *accusedCountry, ActorKind::Agency),
                                   RoleKind::SponsoringAgency);
                !s) {
                return s;
            }
        }
        Id disclosedById = 0;
        const QString disclosedBy = value(row, DisclosedBy);
        if (!disclosedBy.isEmpty()) {
            auto id = actor(disclosedBy, *disclosureCountry, ActorKind::Agency);
            if (Status s = addRole(DisclosedBy, id, RoleKind::DisclosingAuthority); !s)
                return s;
            disclosedById = *id;
        }
        if (*sourceId != 0) {
            if (auto cited = m_writer.insertCitation(Citation {0, *sourceId, *caseId, 0, {}}); !cited)
                return error(cited.error());
        }

        // A case whose disclosure date is not known is still a case, with no announcement event.
        if (!disclosedOn->isNull()) {
            Event announcement;
            announcement.caseId = *caseId;
            announcement.kind = EventKind::Announcement;
            // The title names the authority briefly: its name in full is the actor's.
            const QString authority = disclosedBy.size() > 200 ? disclosedBy.left(199) + QChar(0x2026) : disclosedBy;
            announcement.title = disclosedBy.isEmpty() ? CsvImport::tr("Case disclosed")
                                                       : CsvImport::tr("Disclosed by %1").arg(authority);
            announcement.date = *disclosedOn;
            announcement.country = *disclosureCountry;
            announcement.actorId = disclosedById;
            if (Status s = addEvent(announcement, *sourceId); !s)
                return s;
        }
        if (recruitmentGiven) {
            Event recruitment;
            recruitment.caseId = *caseId;
            recruitment.kind = EventKind::Recruitment;
            const QString city = value(row, RecruitmentCity);
            const QString place = !city.isEmpty() ? city : CountryCatalog::name(*recruitmentCountry);
            recruitment.title =
                place.isEmpty() ? CsvImport::tr("Recruitment") : CsvImport::tr("Recruited in %1").arg(place);
            recruitment.date = *recruitedOn;
            recruitment.country = *recruitmentCountry;
            recruitment.city = city;
            recruitment.venueContext = value(row, RecruitmentContext);
            if (Status s = addEvent(recruitment, *sourceId); !s)
                return s;
        }
        if (!arrestedOn->isNull()) {
            Event arrest;
            arrest.caseId = *caseId;
            arrest.kind = EventKind::Arrest;
            arrest.title = CsvImport::tr("Arrest");
            arrest.date = *arrestedOn;
            arrest.country = *disclosureCountry;
            arrest.actorId = disclosedById;
            if (Status s = addEvent(arrest, *sourceId); !s)
                return s;
        }
        return {};
    }

    Store& m_store;
    RecordWriter m_writer;
    CsvReader m_reader;
    QIODevice& m_device;
    QString m_name;
    const Progress& m_progress;
    QList<int> m_columnOf;
    int m_width = 0;
    qint64 m_rows = 0;
    bool m_lookUpStored = true; // false when the collection was empty: the maps know every record
    QHash<QString, Id> m_actorIds;
    QHash<QString, Id> m_sourceIds;
    ImportReport m_report;
};

} // namespace

QStringList csvColumns()
{
    QStringList names;
    for (const char* name : columnNames)
        names.append(QString::fromLatin1(name));
    return names;
}

namespace {

// Columns beyond one row a case (reference, handler, recruiter, target_country, ...): the rows
// go through the sheet import with each column mapped to itself, so that rows with the same
// reference are one case with several people.
bool needsSheetImport(QIODevice& device)
{
    if (device.isSequential())
        return false;
    const qint64 start = device.pos();
    CsvReader reader(device, MaxTextLength);
    const auto header = reader.next();
    device.seek(start);
    if (!header)
        return false;
    const QStringList plain = csvColumns();
    bool extra = false;
    for (const QString& cell : *header) {
        const QString column = cell.trimmed().toLower();
        if (plain.contains(column))
            continue;
        if (column != QStringLiteral("reference") && !findSheetField(SheetRecords::Cases, column))
            return false; // an unknown column: the plain import names it
        extra = true;
    }
    return extra;
}

} // namespace

Result<ImportReport> importCsvData(Store& store, QIODevice& device, const QString& name, const Progress& progress)
{
    if (needsSheetImport(device)) {
        auto table = readSheet(device, name, SheetReadOptions {SheetEncoding::Utf8, QChar(u','), 1});
        if (!table)
            return fail(table.error());
        auto report = importSheet(store, *table, ImportMap::identity(table->header), {}, progress);
        if (!report)
            return fail(report.error());
        if (report->hasErrors()) {
            for (const ImportProblem& problem : std::as_const(report->problems)) {
                if (problem.kind == ImportProblem::Kind::Error)
                    return fail(problem.text(name));
            }
        }
        return report->added;
    }
    CsvImporter importer(store, device, name, progress);
    return importer.run();
}

Result<ImportReport> importCsv(Store& store, const QString& path, const Progress& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(CsvImport::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    return importCsvData(store, file, QFileInfo(path).fileName(), progress);
}

} // namespace Spyline
