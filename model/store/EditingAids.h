#pragma once

#include "records/Records.h"

namespace Spyline {

class Store;

// A stored case that looks like the one being entered, and why.
struct PossibleDuplicate
{
    Id caseId = 0;
    QString title;
    QString reason;
};

// Cases that look like the one being entered: the same suspect disclosed on the same day, or a
// title that differs only in a few letters. A warning, not a refusal: two cases may look alike.
Result<QList<PossibleDuplicate>> findPossibleDuplicates(Store& store, const QString& title,
                                                        const QStringList& suspectNames, const PartialDate& disclosedOn,
                                                        Id ignoreCaseId = 0);

// How alike two titles are, from 0 (nothing in common) to 1 (the same once case, spacing and
// punctuation are ignored).
double titleSimilarity(const QString& a, const QString& b);

// A statement an announcement may respond to.
struct StatementProposal
{
    Event statement;
    Lag lag;
    bool otherSide = false; // made by the side the announcement accuses
    QString speaker; // the acting actor's name
};

// The statements of the `windowDays` days before an announcement that it is not yet linked to:
// those of the other side first, then the nearest first.
Result<QList<StatementProposal>> proposeStatements(Store& store, Id announcementId, int windowDays = 60);

} // namespace Spyline
