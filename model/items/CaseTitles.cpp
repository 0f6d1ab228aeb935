#include "items/CaseTitles.h"

#include <QHash>

#include <algorithm>

namespace Spyline::CaseTitles {

namespace {

const QString Gap = QStringLiteral(" \u2026 ");
// At least this much of the distinguishing word must show for a plain cut to be enough.
constexpr qsizetype MinVisible = 8;

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

// Where the word holding `position` begins.
qsizetype wordStart(const QString& text, qsizetype position)
{
    position = std::min(position, text.size());
    while (position > 0 && isWordCharacter(text.at(position - 1)))
        --position;
    return position;
}

// The first words of `text` within `length` characters (the first word cut if it alone is longer).
QString leadingWords(const QString& text, qsizetype length)
{
    if (text.size() <= length)
        return text.trimmed();
    qsizetype cut = length;
    while (cut > 0 && isWordCharacter(text.at(cut)))
        --cut;
    if (cut == 0)
        return elided(text, length);
    return text.left(cut).trimmed();
}

} // namespace

qsizetype sharedPrefixLength(QStringView a, QStringView b)
{
    const qsizetype length = std::min(a.size(), b.size());
    qsizetype i = 0;
    while (i < length && (a.at(i) == b.at(i) || a.at(i).toCaseFolded() == b.at(i).toCaseFolded()))
        ++i;
    return i;
}

QString elided(const QString& text, qsizetype length)
{
    if (text.size() <= length)
        return text;
    qsizetype cut = std::max<qsizetype>(0, length - 1);
    if (cut > 0 && text.at(cut).isLowSurrogate())
        --cut;
    return text.left(cut).trimmed() + u'\u2026';
}

QString distinguishing(const QString& title, qsizetype shared, qsizetype budget)
{
    if (title.size() <= budget || shared <= 0)
        return title;
    // Nothing tells it apart but its end: cut as usual.
    if (shared >= title.size())
        return title;
    const qsizetype start = wordStart(title, shared);
    const qsizetype wordEnd = [&] {
        qsizetype end = shared;
        while (end < title.size() && isWordCharacter(title.at(end)))
            ++end;
        return end;
    }();
    // The difference shows when the title is cut at the budget.
    if (std::min(wordEnd, start + MinVisible) <= budget - 1)
        return title;
    const QString tail = title.mid(start).trimmed();
    // The first words get a third of the room, or what the tail leaves.
    const qsizetype headRoom = std::max(budget / 3, budget - Gap.size() - tail.size());
    const QString head = leadingWords(title.left(start), std::min(headRoom, start));
    if (head.isEmpty())
        return elided(tail, budget);
    return head + Gap + elided(tail, std::max<qsizetype>(MinVisible, budget - head.size() - Gap.size()));
}

QStringList distinguishing(const QStringList& titles, qsizetype budget)
{
    QStringList shown = titles;
    // Titles that look alike when cut share their first budget - MinVisible characters.
    const qsizetype keyLength = std::max<qsizetype>(1, budget - MinVisible);
    QHash<QString, QList<qsizetype>> alike;
    for (qsizetype i = 0; i < titles.size(); ++i) {
        if (titles.at(i).size() > budget)
            alike[titles.at(i).left(keyLength).toCaseFolded()].append(i);
    }
    for (auto it = alike.begin(); it != alike.end(); ++it) {
        QList<qsizetype>& group = it.value();
        if (group.size() < 2)
            continue;
        std::sort(group.begin(), group.end(), [&](qsizetype a, qsizetype b) {
            return titles.at(a).compare(titles.at(b), Qt::CaseInsensitive) < 0;
        });
        for (qsizetype k = 0; k < group.size(); ++k) {
            const QString& title = titles.at(group.at(k));
            qsizetype shared = 0;
            if (k > 0)
                shared = std::max(shared, sharedPrefixLength(title, titles.at(group.at(k - 1))));
            if (k + 1 < group.size())
                shared = std::max(shared, sharedPrefixLength(title, titles.at(group.at(k + 1))));
            shown[group.at(k)] = distinguishing(title, shared, budget);
        }
    }
    return shown;
}

} // namespace Spyline::CaseTitles
