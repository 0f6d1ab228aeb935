#pragma once

#include "TestSupport.h"
#include "store/EventRepository.h"
#include "store/Store.h"

namespace Spyline::MapTesting {

inline Id caseIdOf(Store& store, const QString& titleStart)
{
    return Fixtures::caseTitled(store, titleStart);
}

// Where the sources say Zeng and Hao were recruited: Italy, and Tokyo in Japan. The sample keeps
// these undated; a year stands in here, since only the place is counted.
inline void addRecruitments(Store& store)
{
    const Id zeng = caseIdOf(store, QStringLiteral("Zeng"));
    const Id hao = caseIdOf(store, QStringLiteral("Hao"));
    for (const auto& [caseId, country, city] : {std::tuple {zeng, "IT", ""}, std::tuple {hao, "JP", "Tokyo"}}) {
        Event recruitment;
        recruitment.caseId = caseId;
        recruitment.kind = EventKind::Recruitment;
        recruitment.title = QStringLiteral("Recruitment");
        recruitment.date = *PartialDate::parse(u"2015");
        recruitment.country = QString::fromLatin1(country);
        recruitment.city = QString::fromLatin1(city);
        ASSERT_OK(EventRepository(store).insert(recruitment));
    }
}

} // namespace Spyline::MapTesting
