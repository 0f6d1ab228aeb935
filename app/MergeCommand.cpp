#include "MergeCommand.h"

#include "CommandCollection.h"
#include "merge/CollectionMerge.h"
#include "merge/MergeChange.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace Spyline {

namespace {

// tr() for the functions here, which belong to no class.
struct MergeCommand
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::MergeCommand)
};

} // namespace

int runMerge(const MergeRequest& request)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto userError = [&](QString message) {
        message.replace(u'\n', u' ');
        err << QStringLiteral("spyline: ") << message << Qt::endl;
        return 1;
    };
    if (!QFileInfo(request.other).isFile())
        return userError(MergeCommand::tr("%1: no such collection file").arg(request.other));
    if (isSameFile(request.database, request.other))
        return userError(
            MergeCommand::tr("%1 is the collection given with --db; a collection cannot be merged into itself")
                .arg(request.other));

    Store theirs;
    if (Status s = theirs.open(request.other, Store::Access::Read); !s)
        return userError(s.error());
    CommandCollection collection;
    if (Status s = collection.open(request.database, request.dryRun ? Store::Access::Read : Store::Access::ReadWrite);
        !s)
        return userError(s.error());
    Store& mine = collection.store();
    auto plan = planMerge(mine, theirs);
    if (!plan)
        return userError(plan.error());

    const QString name = QFileInfo(request.other).fileName();
    for (const QString& line : plan->lines())
        out << line << Qt::endl;
    if (request.dryRun) {
        out << MergeCommand::tr("would merge %1: %2").arg(name, plan->summary()) << Qt::endl;
        out << MergeCommand::tr("dry run: the collection was not changed") << Qt::endl;
        return 0;
    }
    if (plan->changesNothing()) {
        out << MergeCommand::tr("merged %1: %2; the collection was not changed").arg(name, plan->summary()) << Qt::endl;
        return 0;
    }
    auto merged = applyMerge(mine, *plan);
    if (!merged)
        return userError(MergeCommand::tr("nothing was merged: %1").arg(merged.error()));
    if (Status c = collection.finish(); !c)
        return userError(MergeCommand::tr("%1: the merge is saved, but %2").arg(request.database, c.error()));
    out << MergeCommand::tr("merged %1: %2").arg(name, plan->summary()) << Qt::endl;
    const MergePlan::Counts counts = plan->counts();
    if (counts.differs + counts.close > 0)
        out << MergeCommand::tr("differences kept this collection's values and close matches were added beside; "
                                "review them in the window (File > Merge Collection) to choose otherwise")
            << Qt::endl;
    return 0;
}

} // namespace Spyline
