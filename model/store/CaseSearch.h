#pragma once

#include "records/CaseFilter.h"

namespace Spyline {

class Store;

struct SearchHit
{
    enum class Kind : quint8
    {
        Case,
        Actor,
        Event,
        Source,
    };
    Kind kind = Kind::Case;
    Id id = 0;
    QString title;
    double rank = 0; // lower is better: whole-word matches before prefix matches
};

// Filtering and full-text search, done in SQL so that nothing loads the whole collection.
class CaseSearch
{
public:
    explicit CaseSearch(Store& store);

    // Ids of the cases that pass the filter, sorted; all of them when limit < 0.
    Result<QList<Id>> caseIds(const CaseFilter& filter, CaseSortKey sort = CaseSortKey::Date, bool descending = false,
                              int limit = -1) const;
    Result<int> count(const CaseFilter& filter) const;
    // Events of no case (statements, laws) that pass the filter themselves, sorted: every word
    // matches the event, who made it or a source citing it; its dates meet the range; its country,
    // else its actor's, is one of the countries; its actor is one of the agencies or one of their
    // stations; its kind is one of the kinds. A status or a choice of cases passes none of them.
    Result<QList<Id>> outsideEventIds(const CaseFilter& filter) const;
    // Events of no case that an event of a passing case is linked to or from, sorted: shown as
    // the context of those cases whether or not they pass the filter themselves.
    Result<QList<Id>> contextEventIds(const CaseFilter& filter) const;
    // Matches of every kind for the text, whole words before prefixes, newest first.
    Result<QList<SearchHit>> search(const QString& text, int limit = 1000) const;

    // The FTS5 query for what a person typed: each word as a quoted prefix, all required.
    // Empty when the text has no word to search for.
    static QString ftsQuery(const QString& text);
    // The same, one query per word.
    static QStringList ftsTerms(const QString& text);

    // The WHERE clause (" WHERE ..." or empty) that leaves the cases, aliased `c`, that pass the
    // filter, with its values in order; for other queries over the same cases.
    struct Sql
    {
        QString where;
        QVariantList values;
    };
    static Sql whereClause(const CaseFilter& filter);
    // Where each case's person was recruited: a subquery of (case_id, country, city), one row per
    // case that has one. The venue is the case's recruitment event with a country, else its first
    // contact with a country, the earliest first; the graph's venue nodes follow the same rule.
    static QString venueSubquery();

    Store& m_store;
};

} // namespace Spyline
