#pragma once

#include "records/Records.h"

#include <QList>
#include <QString>

namespace Spyline {

// The figures behind the map and the statistics charts, for the cases a filter leaves. Plain
// values: computed in the model (CaseStatistics), only drawn by the views. Every result says how
// many cases it covers and what it could not place, so that a chart can say so.

// Cases by target and accused country: the map's shading.
struct CountryTally
{
    QString code; // ISO 3166-1 alpha-2, or alpha-4 for a former state
    int targeted = 0; // cases whose target country this is
    int accused = 0; // cases whose accused country this is
};

struct CountryCounts
{
    QList<CountryTally> countries; // sorted by code
    int cases = 0; // cases the filter leaves
    int withoutTarget = 0; // cases that name no target country
    int withoutAccused = 0;

    const CountryTally* find(QStringView code) const;
};

// Cases by where the person was recruited (CaseSearch::venueSubquery) and the country targeted:
// the map's arrows and points, and the venues chart.
struct VenueFlow
{
    QString venue; // the venue's country
    QString city; // as recorded, may be empty
    QString target; // the case's target country, empty when unknown
    int cases = 0;
};

struct VenueFlows
{
    QList<VenueFlow> flows; // sorted by venue, city, target
    int cases = 0; // cases the filter leaves
    int withoutVenue = 0; // cases with no recruitment or first contact in a known country

    // Cases by venue country, most first (then by code).
    QList<std::pair<QString, int>> byVenueCountry() const;
    int withVenue() const
    {
        return cases - withoutVenue;
    }
};

// Disclosures (a case's first announcement) by year and disclosing country: the country of that
// announcement, else of the case's disclosing authority, empty when neither is known.
struct YearTally
{
    int year = 0;
    QString country;
    int cases = 0;
};

struct DisclosuresPerYear
{
    QList<YearTally> tallies; // sorted by year, then country
    int cases = 0; // cases the filter leaves
    int undated = 0; // cases with no dated announcement

    int firstYear() const;
    int lastYear() const;
    int casesIn(int year) const;
};

struct StatusTally
{
    CaseStatus status = CaseStatus::Unknown;
    int cases = 0;
};

struct StatusCounts
{
    QList<StatusTally> tallies; // in the order of CaseStatus, only statuses that occur
    int cases = 0;
};

// Cases by the agency accused of being behind them: the case's sponsoring agencies, a station
// counted as the agency it is part of, each case once per agency.
struct AgencyTally
{
    Id agency = 0;
    QString name;
    QString country;
    int cases = 0;
};

struct AgencyCounts
{
    QList<AgencyTally> tallies; // most cases first, then by name
    int cases = 0; // cases the filter leaves
    int withoutAgency = 0; // cases that name no accused agency
};

// The lag of one link between a statement and what followed it (linkLag of the two dates).
struct LinkLag
{
    Id link = 0;
    Id caseId = 0; // the case of the later event, else of the earlier one; 0 for neither
    Id laterEvent = 0; // the announcement
    Id earlierEvent = 0; // the statement it followed
    Lag lag;
};

struct LinkLags
{
    QList<LinkLag> lags; // sorted by the lag's least days, then link
    int undated = 0; // links where either event has no date to count from
    int links() const
    {
        return int(lags.size()) + undated;
    }
};

} // namespace Spyline
