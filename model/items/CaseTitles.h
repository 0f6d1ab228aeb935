#pragma once

#include <QString>
#include <QStringList>

namespace Spyline {

// Case titles where room is short (the case table, timeline lanes, graph boxes). Titles that
// share a long beginning ("Military industrial group employee said to have been recruited in
// Italy: Zeng" and "...: Wang") would all look the same cut after their first words; shortened
// here, each keeps its first words and the part that tells it apart:
// "Military industrial group … Italy: Zeng".
namespace CaseTitles {

// Characters a title may take before it is shortened, unless said otherwise.
constexpr qsizetype DefaultBudget = 40;

// How many leading characters two titles share, ignoring case.
qsizetype sharedPrefixLength(QStringView a, QStringView b);

// `title` as it is when what tells it apart from a title sharing its first `shared` characters
// shows within `budget` characters (the view may still cut its end); otherwise its first words,
// " … " and the words from where it differs, in about `budget` characters.
QString distinguishing(const QString& title, qsizetype shared, qsizetype budget = DefaultBudget);

// Each title shortened against all the others (in one pass: only titles that share a beginning
// longer than the budget lets through are compared).
QStringList distinguishing(const QStringList& titles, qsizetype budget = DefaultBudget);

// The text cut to `length` characters with "…", never inside a surrogate pair.
QString elided(const QString& text, qsizetype length);

} // namespace CaseTitles

} // namespace Spyline
