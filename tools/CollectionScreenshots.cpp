// Takes the pictures of the merge review (docs/images/merge-review.png and the user guide's
// copy) and of the people list, offscreen, from collections given on the command line.
// Usage: QT_QPA_PLATFORM=offscreen spyline_collection_screenshots merge MINE THEIRS OUT.png [WIDTH]
//        QT_QPA_PLATFORM=offscreen spyline_collection_screenshots people DB OUT.png [SEARCH]
// Either may start with --language zh_CN (resources/help/zh_CN/images/merge-review.png, 720 wide);
// English otherwise.

#include "MergeReviewDialog.h"
#include "PeopleDialog.h"
#include "editing/CollectionEditor.h"
#include "merge/CollectionMerge.h"
#include "records/Language.h"
#include "store/Store.h"

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QTextStream>

using namespace Spyline;

namespace {

int failure(const QString& message)
{
    QTextStream(stderr) << message << Qt::endl;
    return 1;
}

bool save(QWidget& widget, const QString& path, int width)
{
    QApplication::processEvents();
    QImage image = widget.grab().toImage();
    if (image.width() > width)
        image = image.scaledToWidth(width, Qt::SmoothTransformation);
    return image.save(path);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication application(argc, argv);
    QStringList arguments = QApplication::arguments();
    QString language = Language::english();
    if (arguments.size() >= 3 && arguments.at(1) == QStringLiteral("--language")) {
        language = Language::fromCode(arguments.at(2));
        arguments.remove(1, 2);
    }
    if (!Language::apply(language))
        return failure(QStringLiteral("--language: Spyline speaks ") + Language::codes().join(QStringLiteral(", ")));
    if (arguments.size() >= 5 && arguments.at(1) == QStringLiteral("merge")) {
        Store mine;
        Store theirs;
        if (Status s = mine.open(arguments.at(2), Store::Access::Read); !s)
            return failure(s.error());
        if (Status s = theirs.open(arguments.at(3), Store::Access::Read); !s)
            return failure(s.error());
        auto plan = planMerge(mine, theirs);
        if (!plan)
            return failure(plan.error());
        MergeReviewDialog dialog(*plan);
        dialog.resize(1100, 720);
        dialog.show();
        dialog.showItem(0);
        const int width = arguments.size() > 5 ? arguments.at(5).toInt() : 1100;
        return save(dialog, arguments.at(4), width) ? 0 : failure(arguments.at(4) + QStringLiteral(": not written"));
    }
    if (arguments.size() >= 4 && arguments.at(1) == QStringLiteral("people")) {
        Store store;
        if (Status s = store.open(arguments.at(2), Store::Access::Read); !s)
            return failure(s.error());
        CollectionEditor editor(store);
        PeopleDialog dialog(store, editor);
        dialog.show();
        if (arguments.size() > 4)
            dialog.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"))->setText(arguments.at(4));
        const QList<Id> shown = dialog.shownActors();
        dialog.selectActors(shown.mid(0, 2));
        return save(dialog, arguments.at(3), 1100) ? 0 : failure(arguments.at(3) + QStringLiteral(": not written"));
    }
    return failure(QStringLiteral("usage: spyline_collection_screenshots merge MINE THEIRS OUT.png [WIDTH] | people "
                                  "DB OUT.png [SEARCH]"));
}
