#include "transfer/sheet/SheetRows.h"

#include "records/CountryCatalog.h"
#include "records/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Spyline {

namespace {

// tr() for the functions here, which belong to no class.
struct SheetRows
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::SheetRows)
};

QString quoted(const QString& value)
{
    const QString shown = value.size() > 80 ? value.left(77) + QStringLiteral("...") : value;
    return u'"' + shown + u'"';
}

// "under investigation" and "Under-Investigation" are the key under_investigation.
QString asKey(const QString& text)
{
    QString key = text.trimmed().toLower();
    key.replace(u' ', u'_');
    key.replace(u'-', u'_');
    return key;
}

} // namespace

QString ImportProblem::text(const QString& fileName) const
{
    QString where = fileName;
    if (line > 0)
        where += QStringLiteral(":%1").arg(line);
    where += QStringLiteral(": ");
    if (!column.isEmpty())
        where += column + QStringLiteral(": ");
    return where + message;
}

SheetRowReader::SheetRowReader(const SheetTable& table, const ImportMap& map, bool skipBadValues)
    : m_table(table)
    , m_map(map)
    , m_skipBadValues(skipBadValues)
    , m_keyColumn(map.key.isEmpty() ? -1 : table.columnIndex(map.key))
{
    for (int column = 0; column < table.header.size(); ++column) {
        for (const QString& field : map.fieldsOf(table.header.at(column)))
            m_columnsOfField[field].append(column);
    }
}

QStringList SheetRowReader::ignoredColumns() const
{
    QStringList ignored;
    for (int column = 0; column < m_table.header.size(); ++column) {
        if (column != m_keyColumn && m_map.fieldsOf(m_table.header.at(column)).isEmpty())
            ignored.append(m_table.header.at(column));
    }
    return ignored;
}

QString SheetRowReader::keyOf(const SheetRow& row) const
{
    return m_table.cell(row, m_keyColumn).simplified();
}

QString SheetRowReader::text(const SheetRow& row, const QString& field) const
{
    QStringList parts;
    const QList<int> columns = m_columnsOfField.value(field);
    for (int column : columns) {
        QString value = m_table.cell(row, column).trimmed();
        if (const auto mapped = m_map.mapValue(field, value))
            value = mapped->trimmed();
        if (!value.isEmpty())
            parts.append(value);
    }
    // A rule for the empty value gives a default where no column says anything.
    if (parts.isEmpty() && columns.isEmpty()) {
        if (const auto mapped = m_map.mapValue(field, QString()); mapped && !mapped->trimmed().isEmpty())
            parts.append(mapped->trimmed());
    }
    return parts.join(QStringLiteral("; "));
}

void SheetRowReader::unreadable(const SheetRow& row, const QString& field, const QString& value, const QString& message,
                                bool* refused)
{
    const SheetField* info = findSheetField(m_map.records, field);
    const bool required = info && info->required;
    const QList<int> columns = m_columnsOfField.value(field);
    ImportProblem problem;
    problem.line = row.line;
    problem.field = field;
    problem.value = value;
    problem.column = columns.isEmpty() ? field : m_table.header.at(columns.first());
    if (problem.column != field)
        problem.column += QStringLiteral(" (%1)").arg(field);
    if (m_skipBadValues && !required) {
        problem.kind = ImportProblem::Kind::Skipped;
        problem.message = message + SheetRows::tr("; left empty");
    } else {
        problem.kind = ImportProblem::Kind::Error;
        problem.message = message;
        *refused = true;
    }
    m_problems.append(problem);
}

PartialDate SheetRowReader::date(const SheetRow& row, const char* fieldName, bool* refused)
{
    const QString field = QString::fromLatin1(fieldName);
    QString value = text(row, field);
    QString readFrom = field;
    if (value.isEmpty() && !m_columnsOfField.value(field + QStringLiteral("_year")).isEmpty()) {
        // A date in columns of its own: year, month, day.
        readFrom = field + QStringLiteral("_year");
        const QString year = text(row, readFrom);
        const QString month = text(row, field + QStringLiteral("_month"));
        const QString day = text(row, field + QStringLiteral("_day"));
        if (year.isEmpty() && month.isEmpty() && day.isEmpty())
            return {};
        static const QRegularExpression digits(QStringLiteral("^\\d{1,4}$"));
        const auto part = [&](const QString& text, int width, const QString& name) -> std::optional<QString> {
            if (!digits.match(text).hasMatch()) {
                unreadable(row, name, text, SheetRows::tr("%1 is not a number").arg(quoted(text)), refused);
                return std::nullopt;
            }
            return QStringLiteral("%1").arg(text.toInt(), width, 10, QLatin1Char('0'));
        };
        const auto y = part(year, 4, readFrom);
        if (!y)
            return {};
        value = *y;
        if (!month.isEmpty()) {
            const auto m = part(month, 2, field + QStringLiteral("_month"));
            if (!m)
                return {};
            value += u'-' + *m;
            if (!day.isEmpty()) {
                const auto d = part(day, 2, field + QStringLiteral("_day"));
                if (!d)
                    return {};
                value += u'-' + *d;
            }
        }
    }
    if (value.isEmpty())
        return {};
    auto parsed = PartialDate::parse(value);
    if (!parsed) {
        unreadable(row, readFrom, value, parsed.error(), refused);
        return {};
    }
    return *parsed;
}

QString SheetRowReader::country(const SheetRow& row, const char* field, bool* refused)
{
    const QString value = text(row, field);
    if (value.isEmpty())
        return {};
    if (const auto code = CountryCatalog::resolve(value))
        return *code;
    unreadable(row, QString::fromLatin1(field), value,
               SheetRows::tr("%1 is not a country Spyline knows; use an ISO code or the English name, or map the value")
                   .arg(quoted(value)),
               refused);
    return {};
}

template<typename Enum>
std::optional<Enum> SheetRowReader::choice(const SheetRow& row, const char* field, bool* refused)
{
    const QString value = text(row, field);
    if (value.isEmpty())
        return std::nullopt;
    if (const auto parsed = fromKey<Enum>(asKey(value)))
        return parsed;
    unreadable(row, QString::fromLatin1(field), value,
               SheetRows::tr("%1 is not one of %2; map the value to one of them")
                   .arg(quoted(value), allKeys<Enum>().join(QStringLiteral(", "))),
               refused);
    return std::nullopt;
}

SourceValues SheetRowReader::source(const SheetRow& row, bool* refused)
{
    SourceValues source;
    source.url = text(row, "source_url");
    source.publisher = text(row, "source_publisher");
    source.title = text(row, "source_title");
    if (!source.url.isEmpty()) {
        if (Status s = validateSourceUrl(source.url); !s) {
            unreadable(row, QStringLiteral("source_url"), source.url, s.error().section(QStringLiteral(": "), 1),
                       refused);
            return {};
        }
    }
    const QString reliability = text(row, "source_reliability");
    const QString credibility = text(row, "source_credibility");
    if (auto grade = Grade::parse(reliability.isEmpty() ? QStringLiteral("F") : reliability.toUpper(),
                                  credibility.isEmpty() ? QStringLiteral("6") : credibility)) {
        source.grade = *grade;
    } else {
        const bool reliabilityWrong = grade.error().startsWith(QStringLiteral("reliability"));
        unreadable(row, reliabilityWrong ? QStringLiteral("source_reliability") : QStringLiteral("source_credibility"),
                   reliabilityWrong ? reliability : credibility, grade.error().section(QStringLiteral(": "), 1),
                   refused);
    }
    return source;
}

void SheetRowReader::checkWidth(const SheetRow& row)
{
    for (qsizetype i = m_table.header.size(); i < row.cells.size(); ++i) {
        if (!row.cells.at(i).trimmed().isEmpty()) {
            m_problems.append(
                ImportProblem {ImportProblem::Kind::Warning,
                               row.line,
                               QString(),
                               SheetRows::tr("the row has %1 cells and the header %2; the cells beyond the "
                                             "header are not read")
                                   .arg(row.cells.size())
                                   .arg(m_table.header.size()),
                               {},
                               {}});
            return;
        }
    }
}

CaseRow SheetRowReader::caseRow(const SheetRow& row)
{
    checkWidth(row);
    CaseRow r;
    bool* refused = &r.refused;
    r.line = row.line;
    r.key = keyOf(row);
    r.title = text(row, "title");
    if (r.title.isEmpty())
        r.title = r.key;
    if (r.title.isEmpty())
        unreadable(row, QStringLiteral("title"), {}, SheetRows::tr("a case needs a title"), refused);
    r.summary = text(row, "summary");
    r.status = choice<CaseStatus>(row, "status", refused);
    r.sector = text(row, "sector");
    r.targetCountry = country(row, "target_country", refused);
    r.accusedCountry = country(row, "accused_country", refused);
    r.accusedAgency = text(row, "accused_agency");
    r.disclosedBy = text(row, "disclosed_by");
    r.disclosureCountry = country(row, "disclosure_country", refused);
    r.disclosedOn = date(row, "disclosed_on", refused);
    r.suspect = text(row, "suspect");
    r.suspectNativeName = text(row, "suspect_native_name");
    r.suspectCountry = country(row, "suspect_country", refused);
    r.suspectBorn = date(row, "suspect_born", refused);
    r.suspectNote = text(row, "suspect_note");
    r.handler = text(row, "handler");
    r.handlerCountry = country(row, "handler_country", refused);
    r.recruiter = text(row, "recruiter");
    r.recruiterCountry = country(row, "recruiter_country", refused);
    r.recruitmentCountry = country(row, "recruitment_country", refused);
    r.recruitmentCity = text(row, "recruitment_city");
    r.recruitmentContext = text(row, "recruitment_context");
    r.recruitedOn = date(row, "recruited_on", refused);
    r.arrestedOn = date(row, "arrested_on", refused);
    r.source = source(row, refused);
    return r;
}

StatementRow SheetRowReader::statementRow(const SheetRow& row)
{
    checkWidth(row);
    StatementRow r;
    bool* refused = &r.refused;
    r.line = row.line;
    r.key = keyOf(row);
    const QString kind = asKey(text(row, "kind"));
    if (kind == QStringLiteral("ignore")) {
        r.ignored = true;
        return r;
    }
    if (!kind.isEmpty()) {
        const auto parsed = fromKey<EventKind>(kind);
        if (parsed && (*parsed == EventKind::Statement || *parsed == EventKind::Law || *parsed == EventKind::Other)) {
            r.kind = *parsed;
        } else {
            unreadable(row, QStringLiteral("kind"), text(row, "kind"),
                       SheetRows::tr("%1 is not one of statement, law, other, ignore; map the value to one of them")
                           .arg(quoted(text(row, "kind"))),
                       refused);
        }
    }
    r.title = text(row, "title");
    if (r.title.isEmpty())
        unreadable(row, QStringLiteral("title"), {}, SheetRows::tr("a statement needs a title: what was said"),
                   refused);
    r.description = text(row, "description");
    r.date = date(row, "date", refused);
    r.endDate = date(row, "end_date", refused);
    r.speaker = text(row, "speaker");
    r.organisation = text(row, "organisation");
    r.country = country(row, "country", refused);
    r.city = text(row, "city");
    r.source = source(row, refused);
    return r;
}

LinkRow SheetRowReader::linkRow(const SheetRow& row)
{
    checkWidth(row);
    LinkRow r;
    bool* refused = &r.refused;
    r.line = row.line;
    r.key = keyOf(row);
    r.from = text(row, "from").simplified();
    r.to = text(row, "to").simplified();
    if (r.from.isEmpty())
        unreadable(row, QStringLiteral("from"), {}, SheetRows::tr("a link needs the key of the later record"), refused);
    if (r.to.isEmpty())
        unreadable(row, QStringLiteral("to"), {}, SheetRows::tr("a link needs the key of the earlier record"), refused);
    r.relation = choice<LinkRelation>(row, "relation", refused).value_or(LinkRelation::RespondsTo);
    r.note = text(row, "note");
    r.source = source(row, refused);
    return r;
}

} // namespace Spyline
