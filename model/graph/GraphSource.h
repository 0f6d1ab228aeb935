#pragma once

#include "graph/GraphQuery.h"

#include <functional>
#include <vector>

#include <QCoreApplication>

namespace Spyline {

class SqliteStatement;
class Store;

// The rows behind the relationship graph, read in bulk and kept compact: ids and small numbers,
// no names. A million-event collection fits in a few tens of megabytes; names are read later
// for the nodes that are shown.
struct GraphRows
{
    struct CaseRow
    {
        Id id = 0;
        CaseStatus status = CaseStatus::Unknown;
    };
    struct RoleRow
    {
        int caseIndex = 0; // into cases
        Id actorId = 0;
        RoleKind role = RoleKind::Suspect;
    };
    struct ActorRow
    {
        ActorKind kind = ActorKind::Person;
        int country = -1; // into countries
        Id partOf = 0;
    };
    struct EventRow
    {
        Id id = 0;
        Id caseId = 0;
        bool announcement = false;
        Id actorId = 0;
    };
    struct LinkRow
    {
        Id id = 0;
        Id from = 0;
        Id to = 0;
        LinkRelation relation = LinkRelation::RespondsTo;
    };
    struct VenueRow
    {
        int caseIndex = 0; // into cases
        Id eventId = 0; // the recruitment (or first contact) that names the place
        int place = 0; // into places
    };
    struct Place
    {
        QString country;
        QString city;
    };

    std::vector<CaseRow> cases; // sorted by id
    std::vector<RoleRow> roles; // grouped by case
    QHash<Id, ActorRow> actors; // every actor a role or event names, and the agencies they are part of
    std::vector<EventRow> events; // statements and announcements shown
    std::vector<LinkRow> links; // between shown events
    std::vector<VenueRow> venues; // at most one per case
    std::vector<Place> places; // each recruitment place once
    QList<Id> keptActors; // shown even with none of their cases: actors double-clicked open or shut
    QStringList countries;

    int caseIndex(Id id) const;
};

// Reads the rows a query needs: filtered through CaseSearch, or every row when nothing filters.
// Small selections are read case by case through the indexes, large ones in one pass.
class GraphSource
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::GraphSource)

public:
    using Cancelled = std::function<bool()>;

    GraphSource(Store& store, const GraphQuery& query, Cancelled cancelled);
    Result<GraphRows> read();

private:
    Status readCases();
    Status readRoles();
    Status readEvents();
    Status readLinks();
    Status readVenues();
    Status readActors();
    int internCountry(const QString& code);
    bool isCancelled() const
    {
        return m_cancelled && m_cancelled();
    }
    bool readsEverything() const;
    // Whether the event in the statement's current row had happened by the day the filter is known
    // on (its latest day in the column); every event when the filter is not.
    bool knows(const SqliteStatement& event, int dateToColumn) const;

    Store& m_store;
    const GraphQuery& m_query;
    Cancelled m_cancelled;
    GraphRows m_rows;
    QHash<QString, int> m_countryIndex;
};

} // namespace Spyline
