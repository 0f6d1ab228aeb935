#include "UserGuide.h"

#include "records/Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTextDocument>

#include <algorithm>

namespace Spyline {

namespace {

const QString Root = QStringLiteral("/spyline/help/");

QString folderOf(const QString& language)
{
    return Root + language + u'/';
}

// The resource path of a page in a language (":/spyline/help/zh_CN/links.html").
QString resourceOf(const QString& language, const QString& file)
{
    return QLatin1Char(':') + folderOf(language) + file;
}

// The folder the page is read from: the language Spyline speaks, or English where that lacks the page.
QString folderFor(const QString& file)
{
    const QString language = Language::current();
    if (language != Language::english() && QFile::exists(resourceOf(language, file)))
        return folderOf(language);
    return folderOf(Language::english());
}

// A page's words as a person reads them, without its markup; read once per language.
QString plainTextOf(const QString& file)
{
    static QHash<QString, QString> cache;
    const QString path = QLatin1Char(':') + folderFor(file) + file;
    if (const auto found = cache.constFind(path); found != cache.cend())
        return *found;
    QFile page(path);
    QString text;
    if (page.open(QIODevice::ReadOnly)) {
        QTextDocument document;
        document.setHtml(QString::fromUtf8(page.readAll()));
        text = document.toPlainText();
    }
    cache.insert(path, text);
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
    return QUrl(QStringLiteral("qrc:") + folderFor(file) + file);
}

QUrl UserGuide::home()
{
    return urlOf(QStringLiteral("index.html"));
}

QString UserGuide::fileOf(const QUrl& url)
{
    if (url.scheme() != QStringLiteral("qrc"))
        return {};
    const QString path = url.path();
    for (const QString& language : Language::codes()) {
        const QString folder = folderOf(language);
        if (path.startsWith(folder) && !path.mid(folder.size()).contains(u'/'))
            return path.mid(folder.size());
    }
    return {};
}

QUrl UserGuide::resolve(const QUrl& page, const QUrl& link)
{
    const QUrl target = page.resolved(link);
    const QString file = fileOf(target);
    if (file.isEmpty())
        return target;
    QUrl url = urlOf(file);
    url.setFragment(target.fragment());
    return url;
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
