#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace Spyline {

// The user guide bundled as a Qt resource, in each language Spyline speaks: its pages in reading
// order and a search over their text. A page is read in the language Spyline speaks, or in English
// where that language lacks it.
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
    // The page in the language Spyline speaks, or in English when that language lacks it.
    static QUrl urlOf(const QString& file);
    static QUrl home();
    // The page a URL shows ("browsing.html"), or empty when it is not one of the guide's.
    static QString fileOf(const QUrl& url);
    // Where a link on `page` leads: a page of the guide in the language Spyline speaks, with the
    // link's anchor, so that an English page shown in its place leads back to translated pages.
    static QUrl resolve(const QUrl& page, const QUrl& link);
    // The files of the pages whose text holds every word of the query, in reading order.
    static QStringList pagesMatching(const QString& query);
};

} // namespace Spyline
