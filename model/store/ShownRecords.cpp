#include "store/ShownRecords.h"

#include "store/CaseSearch.h"

#include <algorithm>

namespace Spyline {

namespace {

bool holds(const ShownRecords::Ids& ids, Id id)
{
    return std::binary_search(ids->begin(), ids->end(), id);
}

ShownRecords::Ids sorted(const QList<Id>& ids)
{
    std::vector<qint64> list(ids.begin(), ids.end());
    std::sort(list.begin(), list.end());
    return std::make_shared<const std::vector<qint64>>(std::move(list));
}

} // namespace

bool ShownRecords::showsCase(Id id) const
{
    return !cases || holds(cases, id);
}

bool ShownRecords::showsOutsideEvent(Id id) const
{
    return !outsideEvents || holds(outsideEvents, id) || isContext(id);
}

bool ShownRecords::isContext(Id id) const
{
    return contextEvents && holds(contextEvents, id);
}

Result<ShownRecords> ShownRecords::of(Store& store, const CaseFilter& filter)
{
    if (filter.isEmpty())
        return ShownRecords();
    const CaseSearch search(store);
    auto cases = search.caseIds(filter, CaseSortKey::Created);
    if (!cases)
        return fail(cases.error());
    auto outside = search.outsideEventIds(filter);
    if (!outside)
        return fail(outside.error());
    auto context = search.contextEventIds(filter);
    if (!context)
        return fail(context.error());
    ShownRecords shown;
    shown.knownOn = filter.knownOn;
    shown.cases = sorted(*cases);
    shown.outsideEvents = sorted(*outside);
    // Context is what is shown for a case's sake alone.
    QList<Id> onlyContext;
    for (Id id : std::as_const(*context)) {
        if (!holds(shown.outsideEvents, id))
            onlyContext.append(id);
    }
    shown.contextEvents = sorted(onlyContext);
    return shown;
}

ShownRecords ShownRecords::casesOnly(std::vector<qint64> caseIds)
{
    std::sort(caseIds.begin(), caseIds.end());
    ShownRecords shown;
    shown.cases = std::make_shared<const std::vector<qint64>>(std::move(caseIds));
    return shown;
}

} // namespace Spyline
