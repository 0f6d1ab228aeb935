#pragma once

#include "SqlQuery.h"
#include "Store.h"
#include "TestSupport.h"

namespace Spyline::MapTesting {

inline Id caseIdOf(Store& store, const QString& titleStart)
{
    auto query = runQuery(store.database(), QStringLiteral("SELECT id FROM cases WHERE title LIKE ? ORDER BY id"),
                          {titleStart + u'%'});
    return query && query->next() ? query->value(0).toLongLong() : 0;
}

// Where the sources say Zeng and Hao were recruited: Italy, and Tokyo in Japan. The sample keeps
// these undated; a year stands in here, since only the place is counted.
inline void addRecruitments(Store& store)
{
    const Id zeng = caseIdOf(store, QStringLiteral("Zeng"));
    const Id hao = caseIdOf(store, QStringLiteral("Hao"));
    for (const auto& [caseId, country, city] : {std::tuple {zeng, "IT", ""}, std::tuple {hao, "JP", "Tokyo"}}) {
        const auto year = PartialDate::parse(u"2015");
        ASSERT_OK(
            runQuery(store.database(),
                     QStringLiteral("INSERT INTO events (case_id, kind, title, date, date_from, date_to, country, "
                                    "city) VALUES (?, 'recruitment', 'Recruitment', ?, ?, ?, ?, ?)"),
                     {caseId, year->text(), year->earliestDay(), year->latestDay(), QString::fromLatin1(country),
                      QString::fromLatin1(city)}));
    }
}

} // namespace Spyline::MapTesting
