// Adds cases to a collection one edit at a time, as a person at another window would: each case
// with a suspect and three events, in one transaction. Used by the crash-safety and two-process
// tests, which kill it or run two at once.
//
//   spyline_collection_writer FILE COUNT TAG     (COUNT 0: until killed)

#include "editing/CollectionEditor.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Spyline;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 4) {
        QTextStream(stderr) << "usage: spyline_collection_writer FILE COUNT TAG" << Qt::endl;
        return 2;
    }
    Store store;
    if (Status s = store.open(arguments.at(1)); !s) {
        QTextStream(stderr) << s.error() << Qt::endl;
        return 1;
    }
    store.setBusyTimeout(20000);
    CollectionEditor editor(store);
    const int count = arguments.at(2).toInt();
    const QString tag = arguments.at(3);
    QTextStream out(stdout);
    for (int i = 0; count == 0 || i < count; ++i) {
        RecordSet set;
        set.cases.append(
            Case {-1, QStringLiteral("%1 case %2").arg(tag).arg(i), {}, CaseStatus::Alleged, {}, {}, {}, {}});
        set.actors.append(
            Actor {-2, ActorKind::Person, QStringLiteral("%1 suspect %2").arg(tag).arg(i), {}, {}, {}, {}, {}, 0});
        set.roles.append(Role {0, -1, -2, RoleKind::Suspect, {}});
        for (int e = 0; e < 3; ++e) {
            Event event;
            event.id = -10 - e;
            event.caseId = -1;
            event.kind = e == 2 ? EventKind::Announcement : EventKind::Meeting;
            event.title = QStringLiteral("event %1").arg(e);
            event.date = PartialDate::fromDay(2460000 + i + e);
            set.events.append(event);
        }
        if (auto added = editor.add(QStringLiteral("add"), set); !added) {
            QTextStream(stderr) << added.error() << Qt::endl;
            return 1;
        }
        out << "added " << i << Qt::endl;
    }
    return 0;
}
