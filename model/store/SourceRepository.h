#pragma once

#include "records/Records.h"

#include <QCoreApplication>

namespace Spyline {

class Store;

// A grade as a citation shows it: the source's grade and who published the source.
struct CitedGrade
{
    Grade grade;
    QString publisher;
    bool operator==(const CitedGrade& other) const = default;
};

// Published sources with their Admiralty grade, and what they are cited for.
class SourceRepository
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::SourceRepository)

public:
    explicit SourceRepository(Store& store);

    // Stores a new source and returns its id; a source with an id set is restored under that id.
    Result<Id> insert(const Source& source);
    Status update(const Source& source);
    // Removes the source with its citations.
    Status remove(Id id);

    Result<Source> get(Id id) const;
    Result<QList<Source>> all() const;
    // The source at this address, or 0.
    Result<Id> findByUrl(const QString& url) const;
    Result<QStringList> publishers() const;

    Result<Id> cite(const Citation& citation);
    Status removeCitation(Id citationId);
    Result<QList<Citation>> citationsOfCase(Id caseId) const;
    Result<QList<Citation>> citationsOfEvent(Id eventId) const;
    // The grades of the sources cited for an event, or for a case itself (not its events): best
    // first, each grade and publisher once, at most `limit`.
    Result<QList<CitedGrade>> gradesCitedByEvent(Id eventId, int limit) const;
    Result<QList<CitedGrade>> gradesCitedByCase(Id caseId, int limit) const;
    // Every source cited by the case or by one of its events, in order of first citation.
    Result<QList<Source>> sourcesOfCase(Id caseId) const;
    // Every source cited by these cases, these events or the links between the events: what a chart
    // showing them rests on, in order of first citation. A few ids are looked up; for many (a chart
    // of a million events) one pass over the citations is faster. Both give the same list.
    enum class Lookup
    {
        Automatic,
        ById,
        ByScan,
    };
    Result<QList<Source>> sourcesCitedBy(const QList<Id>& caseIds, const QList<Id>& eventIds,
                                         Lookup lookup = Lookup::Automatic) const;

private:
    Result<QList<CitedGrade>> gradesCitedBy(const QString& column, Id id, int limit) const;
    Result<QList<Source>> sourcesCitedByScan(const QList<Id>& caseIds, const QList<Id>& eventIds) const;

    Store& m_store;
};

} // namespace Spyline
