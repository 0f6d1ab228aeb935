#include "merge/CollectionMerge.h"

#include "merge/MergeChange.h"
#include "records/CountryCatalog.h"
#include "store/ActorRepository.h"
#include "store/CaseRepository.h"
#include "store/EventRepository.h"
#include "store/LinkRepository.h"
#include "store/RecordById.h"
#include "store/SourceRepository.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <functional>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Spyline {

namespace {

// tr() for the functions here, which belong to no class.
struct CollectionMerge
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::CollectionMerge)
};

// Case and spacing do not tell records apart.
QString folded(const QString& text)
{
    return text.simplified().toCaseFolded();
}

// Nor do accents and punctuation, for a close match.
QString loose(const QString& text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    for (QChar c : decomposed) {
        if (c.isLetterOrNumber())
            out.append(c.toCaseFolded());
    }
    return out;
}

QString looseUrl(QString url)
{
    url = url.trimmed().toCaseFolded();
    for (const QString& prefix : {QStringLiteral("https://"), QStringLiteral("http://")}) {
        if (url.startsWith(prefix))
            url = url.mid(prefix.size());
    }
    if (url.startsWith(QStringLiteral("www.")))
        url = url.mid(4);
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

template<typename Record>
QHash<Id, const Record*> byId(const QList<Record>& records)
{
    QHash<Id, const Record*> index;
    for (const Record& record : records)
        index.insert(record.id, &record);
    return index;
}

// The date a case was disclosed: its first announcement's, as the case table shows it.
QHash<Id, PartialDate> disclosures(const RecordSet& set)
{
    QHash<Id, PartialDate> first;
    for (const Event& event : set.events) {
        if (event.kind != EventKind::Announcement || event.caseId == 0 || event.date.isNull())
            continue;
        auto it = first.find(event.caseId);
        if (it == first.end() || event.date.earliestDay() < it->earliestDay()
            || (event.date.earliestDay() == it->earliestDay() && event.date.latestDay() < it->latestDay()))
            first.insert(event.caseId, event.date);
    }
    return first;
}

QString countryText(const QString& code)
{
    return code.isEmpty() ? QString() : QStringLiteral("%1 (%2)").arg(CountryCatalog::name(code), code);
}

void compare(QList<MergeItem::Field>& fields, const QString& name, const QString& mine, const QString& theirs)
{
    if (mine != theirs)
        fields.append({name, mine, theirs});
}

QString quoted(const QString& kind, const QString& name)
{
    return QStringLiteral("%1 \"%2\"").arg(kind, name);
}

// Among records here that match, the one with the same id (a copy keeps its ids), else the first
// not matched yet, else the first.
Id pick(const QList<Id>& candidates, Id theirs, const QSet<Id>& claimed)
{
    if (candidates.isEmpty())
        return 0;
    if (candidates.contains(theirs) && !claimed.contains(theirs))
        return theirs;
    for (Id id : candidates) {
        if (!claimed.contains(id))
            return id;
    }
    return candidates.first();
}

class Matcher
{
public:
    explicit Matcher(MergePlan& plan)
        : m_plan(plan)
        , m_mineActors(byId(plan.mine.actors))
        , m_mineCases(byId(plan.mine.cases))
        , m_mineEvents(byId(plan.mine.events))
        , m_theirActors(byId(plan.theirs.actors))
        , m_theirEvents(byId(plan.theirs.events))
        , m_mineDisclosed(disclosures(plan.mine))
        , m_theirDisclosed(disclosures(plan.theirs))
    {
    }

    void run()
    {
        matchActors();
        matchSources();
        matchCases();
        matchEvents();
        matchLinks();
    }

private:
    MergeItem& add(MergeItem::Kind kind, Id theirs, const QString& label)
    {
        MergeItem item;
        item.kind = kind;
        item.theirs = theirs;
        item.label = label;
        m_plan.items.append(item);
        return m_plan.items.last();
    }

    // A record here is matched by one record of the other collection at most; a second is a close match.
    void matched(MergeItem& item, Id mine, const QString& reason, QList<MergeItem::Field> fields, QSet<Id>& claimed)
    {
        item.mine = mine;
        item.reason = reason;
        if (claimed.contains(mine)) {
            item.match = MergeItem::Match::Close;
            item.choice = MergeItem::Choice::KeepBoth;
            item.reason = CollectionMerge::tr("%1, but another record of theirs matches it already").arg(reason);
        } else {
            claimed.insert(mine);
            item.match = fields.isEmpty() ? MergeItem::Match::Same : MergeItem::Match::Differs;
            item.choice = MergeItem::Choice::KeepMine;
        }
        item.fields = std::move(fields);
    }

    void close(MergeItem& item, Id mine, const QString& reason, QList<MergeItem::Field> fields)
    {
        item.mine = mine;
        item.match = MergeItem::Match::Close;
        item.choice = MergeItem::Choice::KeepBoth;
        item.reason = reason;
        item.fields = std::move(fields);
    }

    QString actorName(const QHash<Id, const Actor*>& actors, Id id) const
    {
        const Actor* actor = actors.value(id);
        return actor ? actor->name : QString();
    }

    QList<MergeItem::Field> actorFields(const Actor& mine, const Actor& theirs) const
    {
        QList<MergeItem::Field> fields;
        compare(fields, CollectionMerge::tr("name"), mine.name, theirs.name);
        compare(fields, CollectionMerge::tr("kind"), toLabel(mine.kind), toLabel(theirs.kind));
        compare(fields, CollectionMerge::tr("native name"), mine.nativeName, theirs.nativeName);
        compare(fields, CollectionMerge::tr("aliases"), mine.aliases.join(QStringLiteral(", ")),
                theirs.aliases.join(QStringLiteral(", ")));
        compare(fields, CollectionMerge::tr("country"), countryText(mine.country), countryText(theirs.country));
        compare(fields, CollectionMerge::tr("born"), mine.born.displayText(), theirs.born.displayText());
        compare(fields, CollectionMerge::tr("notes"), mine.notes, theirs.notes);
        return fields;
    }

    void matchActors()
    {
        QHash<QString, QList<Id>> exact;
        QMultiHash<QString, Id> names;
        for (const Actor& actor : m_plan.mine.actors) {
            exact[folded(actor.name) + u'|' + actor.country].append(actor.id);
            names.insert(loose(actor.name), actor.id);
            for (const QString& alias : actor.aliases)
                names.insert(loose(alias), actor.id);
        }
        QSet<Id> claimed;
        for (const Actor& actor : m_plan.theirs.actors) {
            MergeItem& item = add(MergeItem::Kind::Actor, actor.id, quoted(CollectionMerge::tr("actor"), actor.name));
            if (const Id mine = pick(exact.value(folded(actor.name) + u'|' + actor.country), actor.id, claimed)) {
                QList<MergeItem::Field> fields = actorFields(*m_mineActors.value(mine), actor);
                // The name differs only in case or spacing: the same actor, not a difference to decide.
                fields.removeIf([](const MergeItem::Field& f) { return f.name == CollectionMerge::tr("name"); });
                matched(item, mine, CollectionMerge::tr("same name and country"), fields, claimed);
                continue;
            }
            QList<Id> candidates = names.values(loose(actor.name));
            for (const QString& alias : actor.aliases)
                candidates += names.values(loose(alias));
            if (!candidates.isEmpty() && !loose(actor.name).isEmpty()) {
                const Id mine = *std::min_element(candidates.cbegin(), candidates.cend());
                close(item, mine,
                      CollectionMerge::tr("a name in common with \"%1\"").arg(actorName(m_mineActors, mine)),
                      actorFields(*m_mineActors.value(mine), actor));
            }
        }
    }

    QList<MergeItem::Field> sourceFields(const Source& mine, const Source& theirs) const
    {
        QList<MergeItem::Field> fields;
        compare(fields, CollectionMerge::tr("address"), mine.url, theirs.url);
        compare(fields, CollectionMerge::tr("publisher"), mine.publisher, theirs.publisher);
        compare(fields, CollectionMerge::tr("title"), mine.title, theirs.title);
        compare(fields, CollectionMerge::tr("published"), mine.published.displayText(), theirs.published.displayText());
        compare(fields, CollectionMerge::tr("grade"), mine.grade.text(), theirs.grade.text());
        return fields;
    }

    void matchSources()
    {
        QHash<QString, const Source*> exact;
        QHash<QString, const Source*> nearly;
        for (const Source& source : m_plan.mine.sources) {
            exact.insert(source.url, &source);
            nearly.insert(looseUrl(source.url), &source);
        }
        QSet<Id> claimed;
        for (const Source& source : m_plan.theirs.sources) {
            MergeItem& item =
                add(MergeItem::Kind::Source, source.id, quoted(CollectionMerge::tr("source"), source.url));
            if (const Source* mine = exact.value(source.url)) {
                // One address is one source: a second of theirs at the same address is the same record too.
                claimed.remove(mine->id);
                matched(item, mine->id, CollectionMerge::tr("same address"), sourceFields(*mine, source), claimed);
            } else if (const Source* close = nearly.value(looseUrl(source.url))) {
                this->close(item, close->id, CollectionMerge::tr("nearly the same address"),
                            sourceFields(*close, source));
            }
        }
    }

    QList<MergeItem::Field> caseFields(const Case& mine, const Case& theirs) const
    {
        QList<MergeItem::Field> fields;
        compare(fields, CollectionMerge::tr("title"), mine.title, theirs.title);
        compare(fields, CollectionMerge::tr("disclosed"), m_mineDisclosed.value(mine.id).displayText(),
                m_theirDisclosed.value(theirs.id).displayText());
        compare(fields, CollectionMerge::tr("summary"), mine.summary, theirs.summary);
        compare(fields, CollectionMerge::tr("status"), toLabel(mine.status), toLabel(theirs.status));
        compare(fields, CollectionMerge::tr("sector"), mine.sector, theirs.sector);
        compare(fields, CollectionMerge::tr("target country"), countryText(mine.targetCountry),
                countryText(theirs.targetCountry));
        compare(fields, CollectionMerge::tr("accused country"), countryText(mine.accusedCountry),
                countryText(theirs.accusedCountry));
        compare(fields, CollectionMerge::tr("reference"), mine.reference, theirs.reference);
        return fields;
    }

    void matchCases()
    {
        QHash<QString, QList<Id>> references;
        QHash<QString, QList<Id>> titleAndDate;
        QHash<QString, Id> titles;
        for (const Case& record : m_plan.mine.cases) {
            if (!record.reference.isEmpty())
                references[record.reference].append(record.id);
            titleAndDate[folded(record.title) + u'|' + m_mineDisclosed.value(record.id).text()].append(record.id);
            if (!titles.contains(loose(record.title)))
                titles.insert(loose(record.title), record.id);
        }
        QSet<Id> claimed;
        for (const Case& record : m_plan.theirs.cases) {
            MergeItem& item = add(MergeItem::Kind::Case, record.id, quoted(CollectionMerge::tr("case"), record.title));
            const QString disclosed = m_theirDisclosed.value(record.id).text();
            Id mine = record.reference.isEmpty() ? 0 : pick(references.value(record.reference), record.id, claimed);
            QString reason = CollectionMerge::tr("same reference \"%1\"").arg(record.reference);
            if (!mine) {
                mine = pick(titleAndDate.value(folded(record.title) + u'|' + disclosed), record.id, claimed);
                reason = disclosed.isEmpty() ? CollectionMerge::tr("same title, neither disclosure dated")
                                             : CollectionMerge::tr("same title and disclosure date");
            }
            if (mine) {
                matched(item, mine, reason, caseFields(*m_mineCases.value(mine), record), claimed);
            } else if (const Id similar = titles.value(loose(record.title))) {
                close(item, similar, CollectionMerge::tr("the same title, disclosed on another date"),
                      caseFields(*m_mineCases.value(similar), record));
            }
            m_caseItem.insert(record.id, m_plan.items.size() - 1);
        }
    }

    QList<MergeItem::Field> eventFields(const Event& mine, const Event& theirs) const
    {
        QList<MergeItem::Field> fields;
        compare(fields, CollectionMerge::tr("kind"), toLabel(mine.kind), toLabel(theirs.kind));
        compare(fields, CollectionMerge::tr("title"), mine.title, theirs.title);
        compare(fields, CollectionMerge::tr("date"), mine.date.displayText(), theirs.date.displayText());
        compare(fields, CollectionMerge::tr("until"), mine.endDate.displayText(), theirs.endDate.displayText());
        compare(fields, CollectionMerge::tr("description"), mine.description, theirs.description);
        compare(fields, CollectionMerge::tr("country"), countryText(mine.country), countryText(theirs.country));
        compare(fields, CollectionMerge::tr("city"), mine.city, theirs.city);
        compare(fields, CollectionMerge::tr("venue"), mine.venueContext, theirs.venueContext);
        compare(fields, CollectionMerge::tr("actor"), actorName(m_mineActors, mine.actorId),
                actorName(m_theirActors, theirs.actorId));
        compare(fields, CollectionMerge::tr("reference"), mine.reference, theirs.reference);
        return fields;
    }

    // Events of a case matched here are matched within it; events of no case among those of no case.
    void matchEvents()
    {
        QHash<Id, QList<const Event*>> mineByCase;
        for (const Event& event : m_plan.mine.events)
            mineByCase[event.caseId].append(&event);
        QHash<Id, QList<const Event*>> theirsByCase;
        for (const Event& event : m_plan.theirs.events)
            theirsByCase[event.caseId].append(&event);
        QSet<Id> claimed;
        for (const Event& event : m_plan.theirs.events) {
            MergeItem& item = add(MergeItem::Kind::Event, event.id, quoted(toLabel(event.kind), event.title));
            item.caseOf = event.caseId;
            Id mineCase = 0;
            if (event.caseId != 0) {
                const MergeItem& caseItem = m_plan.items.at(m_caseItem.value(event.caseId));
                if (caseItem.match == MergeItem::Match::New)
                    continue;
                mineCase = caseItem.mine;
            }
            const QList<const Event*> candidates = mineByCase.value(mineCase);
            const Event* found = nullptr;
            QString reason;
            const auto first = [&](const std::function<bool(const Event&)>& same) -> const Event* {
                QList<Id> ids;
                for (const Event* mine : candidates) {
                    if (same(*mine))
                        ids.append(mine->id);
                }
                return ids.isEmpty() ? nullptr : m_mineEvents.value(pick(ids, event.id, claimed));
            };
            if (!event.reference.isEmpty()) {
                found = first([&](const Event& mine) { return mine.reference == event.reference; });
                reason = CollectionMerge::tr("same reference \"%1\"").arg(event.reference);
            }
            if (!found) {
                found = first([&](const Event& mine) {
                    return mine.kind == event.kind && mine.date == event.date
                        && folded(mine.title) == folded(event.title);
                });
                reason = CollectionMerge::tr("same kind, date and title");
            }
            if (!found && event.caseId != 0) {
                // One event of this kind on this date on each side: the same event, retitled.
                const auto sameKindAndDate = [&](const QList<const Event*>& events) {
                    QList<const Event*> out;
                    for (const Event* e : events) {
                        if (e->kind == event.kind && e->date == event.date)
                            out.append(e);
                    }
                    return out;
                };
                const auto mine = sameKindAndDate(candidates);
                if (mine.size() == 1 && sameKindAndDate(theirsByCase.value(event.caseId)).size() == 1) {
                    found = mine.first();
                    reason = CollectionMerge::tr("same kind and date in the same case");
                }
            }
            if (found) {
                matched(item, found->id, reason, eventFields(*found, event), claimed);
            } else if (event.caseId == 0) {
                for (const Event* mine : candidates) {
                    if (mine->kind == event.kind && loose(mine->title) == loose(event.title)) {
                        close(item, mine->id, CollectionMerge::tr("the same title on another date"),
                              eventFields(*mine, event));
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < m_plan.items.size(); ++i) {
            if (m_plan.items.at(i).kind == MergeItem::Kind::Event)
                m_eventItem.insert(m_plan.items.at(i).theirs, i);
        }
    }

    void matchLinks()
    {
        QHash<QString, const Link*> mineLinks;
        const auto key = [](Id from, Id to, LinkRelation relation) {
            return QStringLiteral("%1>%2:%3").arg(from).arg(to).arg(toKey(relation));
        };
        for (const Link& link : m_plan.mine.links)
            mineLinks.insert(key(link.fromEvent, link.toEvent, link.relation), &link);
        QSet<Id> claimed;
        for (const Link& link : m_plan.theirs.links) {
            const Event* from = m_theirEvents.value(link.fromEvent);
            const Event* to = m_theirEvents.value(link.toEvent);
            MergeItem& item = add(MergeItem::Kind::Link, link.id,
                                  CollectionMerge::tr("link from \"%1\" to \"%2\"")
                                      .arg(from ? from->title : QString(), to ? to->title : QString()));
            const MergeItem& fromItem = m_plan.items.at(m_eventItem.value(link.fromEvent));
            const MergeItem& toItem = m_plan.items.at(m_eventItem.value(link.toEvent));
            if (fromItem.match == MergeItem::Match::New || toItem.match == MergeItem::Match::New)
                continue;
            if (const Link* mine = mineLinks.value(key(fromItem.mine, toItem.mine, link.relation))) {
                QList<MergeItem::Field> fields;
                compare(fields, CollectionMerge::tr("note"), mine->note, link.note);
                matched(item, mine->id, CollectionMerge::tr("ties the same events"), fields, claimed);
            }
        }
    }

    MergePlan& m_plan;
    QHash<Id, const Actor*> m_mineActors;
    QHash<Id, const Case*> m_mineCases;
    QHash<Id, const Event*> m_mineEvents;
    QHash<Id, const Actor*> m_theirActors;
    QHash<Id, const Event*> m_theirEvents;
    QHash<Id, PartialDate> m_mineDisclosed;
    QHash<Id, PartialDate> m_theirDisclosed;
    QHash<Id, int> m_caseItem; // their case id -> item index
    QHash<Id, int> m_eventItem; // their event id -> item index
};

QString kindText(MergeItem::Kind kind, int n)
{
    switch (kind) {
    case MergeItem::Kind::Actor:
        return CollectionMerge::tr("%n actor(s)", nullptr, n);
    case MergeItem::Kind::Source:
        return CollectionMerge::tr("%n source(s)", nullptr, n);
    case MergeItem::Kind::Case:
        return CollectionMerge::tr("%n case(s)", nullptr, n);
    case MergeItem::Kind::Event:
        return CollectionMerge::tr("%n event(s)", nullptr, n);
    case MergeItem::Kind::Link:
        return CollectionMerge::tr("%n link(s)", nullptr, n);
    }
    return {};
}

constexpr MergeItem::Kind allKinds[] = {MergeItem::Kind::Case, MergeItem::Kind::Event, MergeItem::Kind::Actor,
                                        MergeItem::Kind::Source, MergeItem::Kind::Link};

} // namespace

QString MergeItem::matchText() const
{
    switch (match) {
    case Match::New:
        return CollectionMerge::tr("add");
    case Match::Same:
        return CollectionMerge::tr("same");
    case Match::Differs:
        return CollectionMerge::tr("differs");
    case Match::Close:
        return CollectionMerge::tr("close match");
    }
    return {};
}

QString MergeItem::choiceText() const
{
    if (match == Match::New)
        return CollectionMerge::tr("add");
    switch (choice) {
    case Choice::KeepMine:
        return match == Match::Close ? CollectionMerge::tr("the same: keep mine") : CollectionMerge::tr("keep mine");
    case Choice::TakeTheirs:
        return match == Match::Close ? CollectionMerge::tr("the same: take theirs")
                                     : CollectionMerge::tr("take theirs");
    case Choice::KeepBoth:
        return CollectionMerge::tr("keep both");
    }
    return {};
}

MergePlan::Counts MergePlan::counts(MergeItem::Kind kind) const
{
    Counts counts;
    for (const MergeItem& item : items) {
        if (item.kind != kind)
            continue;
        switch (item.match) {
        case MergeItem::Match::New:
            ++counts.added;
            break;
        case MergeItem::Match::Same:
            ++counts.same;
            break;
        case MergeItem::Match::Differs:
            ++counts.differs;
            break;
        case MergeItem::Match::Close:
            ++counts.close;
            break;
        }
    }
    return counts;
}

MergePlan::Counts MergePlan::counts() const
{
    Counts total;
    for (MergeItem::Kind kind : allKinds) {
        const Counts c = counts(kind);
        total.added += c.added;
        total.same += c.same;
        total.differs += c.differs;
        total.close += c.close;
    }
    return total;
}

bool MergePlan::changesNothing() const
{
    const Counts c = counts();
    return c.added == 0 && c.differs == 0 && c.close == 0 && newTies == 0;
}

QString MergePlan::summary() const
{
    QStringList added;
    QStringList matched;
    for (MergeItem::Kind kind : allKinds) {
        const Counts c = counts(kind);
        if (c.added > 0)
            added.append(kindText(kind, c.added));
        if (c.same + c.differs > 0)
            matched.append(kindText(kind, c.same + c.differs));
    }
    const Counts c = counts();
    QStringList parts;
    parts.append(added.isEmpty() ? CollectionMerge::tr("nothing to add")
                                 : CollectionMerge::tr("adds %1").arg(added.join(QStringLiteral(", "))));
    if (newTies > 0)
        parts.append(CollectionMerge::tr("%n role(s) and citation(s) added to records here", nullptr, newTies));
    parts.append(matched.isEmpty() ? CollectionMerge::tr("nothing matched")
                                   : CollectionMerge::tr("matched %1").arg(matched.join(QStringLiteral(", "))));
    parts.append(CollectionMerge::tr("%n differ(s)", nullptr, c.differs));
    parts.append(CollectionMerge::tr("%n close match(es) to review", nullptr, c.close));
    return parts.join(QStringLiteral("; "));
}

QStringList MergePlan::lines() const
{
    QStringList out;
    for (const MergeItem& item : items) {
        if (item.match == MergeItem::Match::Same)
            continue;
        QString line = QStringLiteral("%1 %2").arg(item.matchText(), item.label);
        if (!item.reason.isEmpty())
            line += QStringLiteral(" (%1)").arg(item.reason);
        if (item.needsReview())
            line += QStringLiteral(": %1").arg(item.choiceText());
        out.append(line);
        for (const MergeItem::Field& field : item.fields) {
            out.append(QStringLiteral("    %1: mine \"%2\", theirs \"%3\"")
                           .arg(field.name, field.mine.left(200), field.theirs.left(200)));
        }
    }
    return out;
}

Result<RecordSet> readCollection(Store& store)
{
    RecordSet set;
    auto actors = ActorRepository(store).all();
    if (!actors)
        return fail(actors.error());
    set.actors = *actors;
    auto sources = SourceRepository(store).all();
    if (!sources)
        return fail(sources.error());
    set.sources = *sources;
    auto caseIds = runQuery(store, QStringLiteral("SELECT id FROM cases ORDER BY id"));
    if (!caseIds)
        return fail(caseIds.error());
    QList<Id> ids;
    while (caseIds->next())
        ids.append(caseIds->value(0).toLongLong());
    CaseRepository cases(store);
    EventRepository events(store);
    for (Id id : std::as_const(ids)) {
        auto record = cases.get(id);
        if (!record)
            return fail(record.error());
        set.cases.append(*record);
        auto caseEvents = events.eventsOfCase(id);
        if (!caseEvents)
            return fail(caseEvents.error());
        set.events += *caseEvents;
    }
    auto standalone = events.standaloneEvents();
    if (!standalone)
        return fail(standalone.error());
    set.events += *standalone;
    auto roles = readRecords<Role>(runQuery(store, tableOf<Role>().selectSql() + QStringLiteral("ORDER BY id")));
    if (!roles)
        return fail(roles.error());
    set.roles = *roles;
    auto citations =
        readRecords<Citation>(runQuery(store, tableOf<Citation>().selectSql() + QStringLiteral("ORDER BY id")));
    if (!citations)
        return fail(citations.error());
    set.citations = *citations;
    auto links = LinkRepository(store).all();
    if (!links)
        return fail(links.error());
    for (const LinkDetail& detail : *links)
        set.links.append(detail.link);
    return set;
}

bool isSameFile(const QString& a, const QString& b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (first.exists() && second.exists() && first.canonicalFilePath() == second.canonicalFilePath())
        return true;
#ifdef Q_OS_UNIX
    struct stat one
    {
    };
    struct stat two
    {
    };
    if (::stat(QFile::encodeName(a).constData(), &one) == 0 && ::stat(QFile::encodeName(b).constData(), &two) == 0)
        return one.st_dev == two.st_dev && one.st_ino == two.st_ino;
#endif
    return false;
}

Result<MergePlan> planMerge(Store& mine, Store& theirs)
{
    if (!mine.path().isEmpty() && mine.path() != QStringLiteral(":memory:") && isSameFile(mine.path(), theirs.path()))
        return fail(CollectionMerge::tr("%1 is this collection itself; there is nothing to merge").arg(theirs.path()));
    MergePlan plan;
    plan.theirPath = theirs.path();
    plan.theirName = QFileInfo(theirs.path()).fileName();
    auto mineRecords = readCollection(mine);
    if (!mineRecords)
        return fail(CollectionMerge::tr("this collection could not be read: %1").arg(mineRecords.error()));
    auto theirRecords = readCollection(theirs);
    if (!theirRecords)
        return fail(CollectionMerge::tr("%1 could not be read: %2").arg(plan.theirName, theirRecords.error()));
    plan.mine = std::move(*mineRecords);
    plan.theirs = std::move(*theirRecords);
    Matcher(plan).run();
    auto change = mergeChange(plan);
    if (!change)
        return fail(change.error());
    plan.newTies = change->newTies;
    return plan;
}

} // namespace Spyline
