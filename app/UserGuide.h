#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace Spyline {

// The user guide bundled as a Qt resource: its pages in reading order and a search over their text.
class UserGuide
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::UserGuide)

public:
    struct Page
    {
        QString file; // "browsing.html"
        QString title;
    };

    static QList<Page> pages();
    static QUrl urlOf(const QString& file);
    static QUrl home();
    // The page a URL shows ("browsing.html"), or empty when it is not one of the guide's.
    static QString fileOf(const QUrl& url);
    // The files of the pages whose text holds every word of the query, in reading order.
    static QStringList pagesMatching(const QString& query);
};

} // namespace Spyline
