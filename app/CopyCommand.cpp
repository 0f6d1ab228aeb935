#include "CopyCommand.h"

#include "store/CollectionCopy.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Spyline {

namespace {

struct CopyCommand
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::CopyCommand)
};

} // namespace

int runCopy(const CopyRequest& request)
{
    const auto copied = copyCollection(request.from, request.to,
                                       request.replace ? ExistingCollection::Replace : ExistingCollection::Refuse);
    if (!copied) {
        QString line = copied.error();
        line.replace(u'\n', u' ');
        QTextStream(stderr) << QStringLiteral("spyline: ") << CopyCommand::tr("nothing was copied: %1").arg(line)
                            << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << CopyCommand::tr("copied %1 to %2: %3").arg(request.from, request.to, copied->summary())
                        << Qt::endl;
    return 0;
}

} // namespace Spyline
