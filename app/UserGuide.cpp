#include "UserGuide.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTextDocument>

#include <algorithm>

namespace Spyline {

namespace {

const QString Folder = QStringLiteral("/spyline/help/en/");

// A page's words as a person reads them, without its markup; read once.
QString plainTextOf(const QString& file)
{
    static QHash<QString, QString> cache;
    if (const auto found = cache.constFind(file); found != cache.cend())
        return *found;
    QFile page(QLatin1Char(':') + Folder + file);
    QString text;
    if (page.open(QIODevice::ReadOnly)) {
        QTextDocument document;
        document.setHtml(QString::fromUtf8(page.readAll()));
        text = document.toPlainText();
    }
    cache.insert(file, text);
    return text;
}

} // namespace

QList<UserGuide::Page> UserGuide::pages()
{
    return {
        {QStringLiteral("index.html"), tr("Welcome")},
        {QStringLiteral("browsing.html"), tr("Browsing cases")},
        {QStringLiteral("entry.html"), tr("Entering what you read")},
        {QStringLiteral("links.html"), tr("Statements and announcements")},
        {QStringLiteral("import.html"), tr("Importing files")},
        {QStringLiteral("charts.html"), tr("Reading the charts")},
        {QStringLiteral("export.html"), tr("Exporting charts and data")},
        {QStringLiteral("collections.html"), tr("Collections")},
    };
}

QUrl UserGuide::urlOf(const QString& file)
{
    return QUrl(QStringLiteral("qrc:") + Folder + file);
}

QUrl UserGuide::home()
{
    return urlOf(QStringLiteral("index.html"));
}

QString UserGuide::fileOf(const QUrl& url)
{
    const QString path = url.path();
    if (url.scheme() != QStringLiteral("qrc") || !path.startsWith(Folder))
        return {};
    return path.mid(Folder.size());
}

QStringList UserGuide::pagesMatching(const QString& query)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = query.split(space, Qt::SkipEmptyParts);
    QStringList matching;
    for (const Page& page : pages()) {
        const QString text = plainTextOf(page.file);
        const bool all = std::all_of(words.cbegin(), words.cend(),
                                     [&text](const QString& word) { return text.contains(word, Qt::CaseInsensitive); });
        if (all)
            matching.append(page.file);
    }
    return matching;
}

} // namespace Spyline
