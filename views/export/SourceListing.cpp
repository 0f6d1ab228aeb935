#include "SourceListing.h"

#include "PageFlow.h"

#include <QCoreApplication>
#include <QHash>

namespace Spyline {

QList<SourceListing::Group> SourceListing::grouped(const QList<Source>& sources)
{
    QHash<QString, int> count;
    for (const Source& source : sources) {
        if (const QString key = source.publisher.trimmed().toCaseFolded(); !key.isEmpty())
            ++count[key];
    }
    QList<Group> groups;
    QHash<QString, qsizetype> groupOf;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const Source& source = sources.at(i);
        const QString key = source.publisher.trimmed().toCaseFolded();
        const int number = int(i + 1);
        if (count.value(key) < 2) {
            groups.append({QString(), {{number, entryText(source)}}});
            continue;
        }
        auto it = groupOf.constFind(key);
        if (it == groupOf.constEnd()) {
            it = groupOf.insert(key, groups.size());
            groups.append({source.publisher.trimmed(), {}});
        }
        groups[*it].entries.append({number, entryText(source, false)});
    }
    return groups;
}

QString SourceListing::entryText(const Source& source, bool withPublisher)
{
    // Only what is recorded: no empty quotation marks, no stray commas.
    QStringList parts;
    if (withPublisher && !source.publisher.trimmed().isEmpty())
        parts.append(source.publisher.trimmed());
    if (!source.title.trimmed().isEmpty())
        parts.append(QStringLiteral("\u201c%1\u201d").arg(source.title.trimmed()));
    if (!source.published.isNull())
        parts.append(source.published.displayText());
    QString text;
    if (!parts.isEmpty())
        text = parts.join(QCoreApplication::translate("Spyline::SourceListing", ", ",
                                                      "between a source's publisher, title and date"))
            + QCoreApplication::translate("Spyline::SourceListing", ". ",
                                          "after a source's title and date, before its address");
    text += source.url;
    // Ungraded sources say nothing; the key says once what no grade means.
    if (isGraded(source.grade))
        text +=
            QCoreApplication::translate("Spyline::SourceListing", " (%1)", "a source's grade").arg(source.grade.text());
    return text;
}

bool SourceListing::isGraded(const Grade& grade)
{
    return !(grade.reliability == 'F' && grade.credibility == 6);
}

void SourceListing::addTable(PageFlow& flow, const QList<Source>& sources, const QFont& font,
                             const QFont& publisherFont, const QFont& headerFont)
{
    flow.beginTable({0.06, 0.94},
                    {{QCoreApplication::translate("Spyline::SourceListing", "No."), headerFont},
                     {QCoreApplication::translate("Spyline::SourceListing", "Source"), headerFont}});
    for (const Group& group : grouped(sources)) {
        if (!group.publisher.isEmpty())
            flow.row({{QString(), font}, {group.publisher, publisherFont}}, true);
        for (const Entry& entry : group.entries)
            flow.row({{QStringLiteral("[%1]").arg(entry.number), font}, {entry.text, font}});
    }
    flow.endTable();
}

} // namespace Spyline
