#pragma once

#include "records/Records.h"
#include "transfer/sheet/ImportMap.h"

#include <QHash>

namespace Spyline {

// Something about a sheet a person should know: a value that could not be read (an error, or
// with --skip-bad-values a value left empty), or a warning. Every one names its line and column.
struct ImportProblem
{
    enum class Kind : quint8
    {
        Error, // the import cannot go ahead
        Skipped, // an optional value that could not be read was left empty
        Warning, // kept, but worth a look
    };
    Kind kind = Kind::Error;
    int line = 0; // 0: about the whole sheet
    QString column; // the sheet's column, when one is concerned
    QString message;
    QString field; // the field that could not be read, for value rules
    QString value; // the text that could not be read

    // "cases.csv:111: Recruited in: \"third country (unnamed)\" is not a country ...; left empty"
    QString text(const QString& fileName) const;
    bool operator==(const ImportProblem& other) const = default;
};

struct SourceValues
{
    QString url;
    QString publisher;
    QString title;
    Grade grade;
};

// One row of a case sheet, read: what it says about its case and the person it is about.
struct CaseRow
{
    int line = 0;
    QString key;
    QString title;
    QString summary;
    std::optional<CaseStatus> status;
    QString sector;
    QString targetCountry;
    QString accusedCountry;
    QString accusedAgency;
    QString disclosedBy;
    QString disclosureCountry;
    PartialDate disclosedOn;
    QString suspect;
    QString suspectNativeName;
    QString suspectCountry;
    PartialDate suspectBorn;
    QString suspectNote;
    QString handler;
    QString handlerCountry;
    QString recruiter;
    QString recruiterCountry;
    QString recruitmentCountry;
    QString recruitmentCity;
    QString recruitmentContext;
    PartialDate recruitedOn;
    PartialDate arrestedOn;
    SourceValues source;
    bool refused = false; // a value the row needs could not be read: nothing of it is stored

    bool givesRecruitment() const
    {
        return !recruitmentCountry.isEmpty() || !recruitmentCity.isEmpty() || !recruitmentContext.isEmpty()
            || !recruitedOn.isNull();
    }
};

struct StatementRow
{
    int line = 0;
    QString key;
    bool ignored = false; // its kind says "ignore"
    EventKind kind = EventKind::Statement;
    QString title;
    QString description;
    PartialDate date;
    PartialDate endDate;
    QString speaker;
    QString organisation;
    QString country;
    QString city;
    SourceValues source;
    bool refused = false;
};

struct LinkRow
{
    int line = 0;
    QString key;
    QString from;
    QString to;
    LinkRelation relation = LinkRelation::RespondsTo;
    QString note;
    SourceValues source;
    bool refused = false;
};

// Reads a sheet's rows through a map into values Spyline can store, collecting every problem of
// every row instead of stopping at the first. A value that cannot be read is an error, or, with
// skipBadValues and where the field is optional, left empty and reported as skipped.
class SheetRowReader
{
public:
    SheetRowReader(const SheetTable& table, const ImportMap& map, bool skipBadValues);

    QString keyOf(const SheetRow& row) const;
    CaseRow caseRow(const SheetRow& row);
    StatementRow statementRow(const SheetRow& row);
    LinkRow linkRow(const SheetRow& row);

    const QList<ImportProblem>& problems() const
    {
        return m_problems;
    }
    // The sheet's columns the map leaves out.
    QStringList ignoredColumns() const;

private:
    // The field's text after the value rules, joined from every column that gives it.
    QString text(const SheetRow& row, const QString& field) const;
    QString text(const SheetRow& row, const char* field) const
    {
        return text(row, QString::fromLatin1(field));
    }
    PartialDate date(const SheetRow& row, const char* field, bool* refused);
    QString country(const SheetRow& row, const char* field, bool* refused);
    SourceValues source(const SheetRow& row, bool* refused);
    template<typename Enum>
    std::optional<Enum> choice(const SheetRow& row, const char* field, bool* refused);
    void checkWidth(const SheetRow& row);
    // An unreadable value: an error, or left empty when that is allowed.
    void unreadable(const SheetRow& row, const QString& field, const QString& value, const QString& message,
                    bool* refused);

    const SheetTable& m_table;
    const ImportMap& m_map;
    bool m_skipBadValues;
    int m_keyColumn = -1;
    QHash<QString, QList<int>> m_columnsOfField;
    QList<ImportProblem> m_problems;
};

} // namespace Spyline
