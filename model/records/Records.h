#pragma once

#include "records/Enums.h"
#include "records/PartialDate.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace Spyline {

// Qt 6.4's QList::operator== hands memcmp a null pointer when it compares an empty list of
// numbers with an emptied one (undefined behaviour); this compares element by element.
template<typename T>
bool sameItems(const QList<T>& a, const QList<T>& b)
{
    return a.size() == b.size() && std::equal(a.cbegin(), a.cend(), b.cbegin());
}

// Row id in the collection; 0 means "not stored yet" or "none".
using Id = qint64;
// The largest id Spyline keeps from a file: exact in JSON's numbers (2^53 - 1), and far enough from
// SQLite's own limit that new rows keep getting ids after the last one.
constexpr Id MaxRecordId = (Id(1) << 53) - 1;

// Admiralty grading of a source: reliability A (completely reliable) .. F (cannot be judged),
// credibility 1 (confirmed) .. 6 (cannot be judged).
struct Grade
{
    char reliability = 'F';
    int credibility = 6;

    static Result<Grade> parse(QStringView reliability, QStringView credibility);
    // "B2"
    QString text() const;
    QString reliabilityLabel() const;
    QString credibilityLabel() const;
    bool operator==(const Grade& other) const = default;
};

struct Country
{
    QString code; // ISO 3166-1 alpha-2, or ISO 3166-3 alpha-4 for former states
    QString name;
    bool former = false;
    bool operator==(const Country& other) const = default;
};

struct Actor
{
    Id id = 0;
    ActorKind kind = ActorKind::Person;
    QString name;
    QString nativeName;
    QStringList aliases;
    QString country;
    PartialDate born;
    QString notes;
    Id partOf = 0; // a station is part of its agency
    bool operator==(const Actor& other) const = default;
};

struct Case
{
    Id id = 0;
    QString title;
    QString summary;
    CaseStatus status = CaseStatus::Unknown;
    QString sector;
    QString targetCountry;
    QString accusedCountry;
    QString reference; // the key of the sheet the case came from; empty when typed in
    bool operator==(const Case& other) const = default;
};

struct Role
{
    Id id = 0;
    Id caseId = 0;
    Id actorId = 0;
    RoleKind role = RoleKind::Suspect;
    QString note;
    bool operator==(const Role& other) const = default;
};

struct Event
{
    Id id = 0;
    Id caseId = 0; // statements and laws may belong to no case
    EventKind kind = EventKind::Other;
    QString title;
    QString description;
    PartialDate date;
    PartialDate endDate; // null unless the event lasted
    QString country;
    QString city;
    QString venueContext; // for a recruitment: where and how it happened
    Id actorId = 0; // who acted
    QString reference; // the key of the sheet the event came from; empty when typed in
    bool operator==(const Event& other) const = default;
};

struct Source
{
    Id id = 0;
    QString url;
    QString publisher;
    QString title;
    PartialDate published;
    Grade grade;
    bool operator==(const Source& other) const = default;
};

// A source supports either a case or an event.
struct Citation
{
    Id id = 0;
    Id sourceId = 0;
    Id caseId = 0;
    Id eventId = 0;
    QString quote;
    bool operator==(const Citation& other) const = default;
};

// A directed tie from a later event (chiefly an announcement) to an earlier one (chiefly a statement).
// The lag is computed from the two dates, never typed.
struct Link
{
    Id id = 0;
    Id fromEvent = 0;
    Id toEvent = 0;
    LinkRelation relation = LinkRelation::RespondsTo;
    QString note;
    Id sourceId = 0; // who ties the two events together
    bool operator==(const Link& other) const = default;
};

} // namespace Spyline
