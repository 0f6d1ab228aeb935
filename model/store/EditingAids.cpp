#include "store/EditingAids.h"

#include "store/ActorRepository.h"
#include "store/CaseRepository.h"
#include "store/CaseSearch.h"
#include "store/EventRepository.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace Spyline {

namespace {

// tr() for the functions here, which belong to no class.
struct EditingAids
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::EditingAids)
};

QString normalised(const QString& text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text.toCaseFolded()) {
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += u' ';
            out += c;
            space = false;
        } else {
            space = true;
        }
    }
    return out;
}

int editDistance(QStringView a, QStringView b)
{
    QList<int> row(b.size() + 1);
    std::iota(row.begin(), row.end(), 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

QString countryOfEvent(Store& store, const Event& event)
{
    if (!event.country.isEmpty())
        return event.country;
    if (event.actorId != 0) {
        if (auto actor = ActorRepository(store).get(event.actorId))
            return actor->country;
    }
    return {};
}

} // namespace

double titleSimilarity(const QString& a, const QString& b)
{
    const QString x = normalised(a);
    const QString y = normalised(b);
    if (x.isEmpty() || y.isEmpty())
        return 0;
    const auto longest = std::max(x.size(), y.size());
    return 1.0 - double(editDistance(x, y)) / double(longest);
}

Result<QList<PossibleDuplicate>> findPossibleDuplicates(Store& store, const QString& title,
                                                        const QStringList& suspectNames, const PartialDate& disclosedOn,
                                                        Id ignoreCaseId)
{
    QList<PossibleDuplicate> found;
    QSet<Id> seen;
    const auto add = [&](Id caseId, const QString& caseTitle, const QString& reason) {
        if (caseId == ignoreCaseId || seen.contains(caseId))
            return;
        seen.insert(caseId);
        found.append({caseId, caseTitle, reason});
    };

    if (!disclosedOn.isNull()) {
        for (const QString& suspect : suspectNames) {
            if (suspect.trimmed().isEmpty())
                continue;
            auto query = runQuery(
                store,
                QStringLiteral("SELECT DISTINCT c.id, c.title FROM cases c JOIN roles r ON r.case_id = c.id "
                               "JOIN actors a ON a.id = r.actor_id JOIN events e ON e.case_id = c.id "
                               "WHERE r.role = 'suspect' AND a.name = ? COLLATE NOCASE AND e.kind = 'announcement' "
                               "AND e.date_from <= ? AND e.date_to >= ?"),
                {suspect.trimmed(), disclosedOn.latestDay(), disclosedOn.earliestDay()});
            if (!query)
                return fail(query.error());
            while (query->next()) {
                add(query->value(0).toLongLong(), query->value(1).toString(),
                    EditingAids::tr("the same suspect, %1, disclosed on %2")
                        .arg(suspect.trimmed(), disclosedOn.displayText()));
            }
        }
    }

    // Titles sharing a word with this one are the only ones worth comparing letter by letter.
    QStringList words;
    for (const QString& word : normalised(title).split(u' ', Qt::SkipEmptyParts)) {
        if (word.size() >= 3)
            words.append(word);
    }
    if (!words.isEmpty()) {
        QStringList terms;
        for (const QString& term : CaseSearch::ftsTerms(words.join(u' ')))
            terms.append(term);
        auto query = runQuery(store,
                              QStringLiteral("SELECT c.id, c.title FROM cases_fts f JOIN cases c ON c.id = f.rowid "
                                             "WHERE cases_fts MATCH ? ORDER BY rank LIMIT 200"),
                              {QStringLiteral("title : (%1)").arg(terms.join(QStringLiteral(" OR ")))});
        if (!query)
            return fail(query.error());
        while (query->next()) {
            const QString other = query->value(1).toString();
            if (titleSimilarity(title, other) >= 0.85)
                add(query->value(0).toLongLong(), other, EditingAids::tr("a title that is almost the same"));
        }
    }
    return found;
}

Result<QList<StatementProposal>> proposeStatements(Store& store, Id announcementId, int windowDays)
{
    EventRepository events(store);
    auto announcement = events.get(announcementId);
    if (!announcement)
        return fail(announcement.error());
    // An announcement of no known date has no days before it to look in.
    if (announcement->date.isNull())
        return QList<StatementProposal>();
    QString side = countryOfEvent(store, *announcement);
    if (side.isEmpty() && announcement->caseId != 0) {
        if (auto record = CaseRepository(store).get(announcement->caseId))
            side = record->targetCountry;
    }

    auto query = runQuery(store,
                          QStringLiteral("SELECT id FROM events WHERE kind = 'statement' AND date_from >= ? "
                                         "AND date_from <= ? AND id <> ? AND id NOT IN "
                                         "(SELECT to_event FROM links WHERE from_event = ?)"),
                          {announcement->date.earliestDay() - windowDays, announcement->date.latestDay(),
                           announcementId, announcementId});
    if (!query)
        return fail(query.error());
    QList<Id> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    query->finish();

    QList<StatementProposal> proposals;
    for (Id id : ids) {
        auto statement = events.get(id);
        if (!statement)
            return fail(statement.error());
        StatementProposal proposal;
        proposal.statement = *statement;
        proposal.lag = linkLag(statement->date, announcement->date);
        const QString statementSide = countryOfEvent(store, *statement);
        proposal.otherSide = !statementSide.isEmpty() && !side.isEmpty() && statementSide != side;
        if (statement->actorId != 0) {
            if (auto actor = ActorRepository(store).get(statement->actorId))
                proposal.speaker = actor->name;
        }
        proposals.append(proposal);
    }
    std::stable_sort(proposals.begin(), proposals.end(), [](const StatementProposal& a, const StatementProposal& b) {
        if (a.otherSide != b.otherSide)
            return a.otherSide;
        if (a.lag.minDays != b.lag.minDays)
            return a.lag.minDays < b.lag.minDays;
        return a.statement.id < b.statement.id;
    });
    return proposals;
}

} // namespace Spyline
