#include "transfer/sheet/LinkSheetWriter.h"

#include "store/EventRepository.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace Spyline {

namespace {

QString quoted(const QString& text)
{
    const QString shown = text.size() > 60 ? text.left(57) + QStringLiteral("...") : text;
    return u'"' + shown + u'"';
}

} // namespace

Result<LinkSheetWriter::Resolved> LinkSheetWriter::resolve(const QString& key)
{
    auto event = eventWithReference(key);
    if (!event)
        return fail(event.error());
    auto record = caseWithReference(key);
    if (!record)
        return fail(record.error());
    if (*event && *record)
        return fail(tr("%1 is the key of a case and of an event; name the case's announcement as %2")
                        .arg(quoted(key), quoted(key + QStringLiteral("/announcement"))));
    if (*event)
        return Resolved {**event, tr("%1 %2").arg(toLabel((*event)->kind), quoted((*event)->title))};
    if (!*record)
        return fail(tr("no case or statement has the key %1; import the sheet that has it first").arg(quoted(key)));
    auto found = runQuery(m_store,
                          QStringLiteral("SELECT id FROM events WHERE case_id = ? AND kind = 'announcement' "
                                         "ORDER BY date_from, id LIMIT 1"),
                          {(*record)->id});
    if (!found)
        return fail(found.error());
    if (!found->next())
        return fail(tr("the case %1 has no announcement to link; give it a disclosure date").arg(quoted(key)));
    auto announcement = EventRepository(m_store).get(found->value(0).toLongLong());
    if (!announcement)
        return fail(announcement.error());
    return Resolved {*announcement, tr("the announcement of case %1").arg(quoted((*record)->title))};
}

void LinkSheetWriter::write(const QList<LinkRow>& rows)
{
    const LinkRow& row = rows.first();
    const QString what = tr("link %1 \u2192 %2").arg(quoted(row.from), quoted(row.to));
    if (row.refused) {
        m_report.actions.append(ImportAction {ImportAction::Kind::Refuse, row.line, what, tr("it could not be read")});
        return;
    }
    for (qsizetype i = 1; i < rows.size(); ++i)
        warning(rows.at(i).line,
                tr("repeats the key %1 of line %2; only line %2 is read").arg(quoted(row.key)).arg(row.line));
    const auto refuse = [&](const QString& why) {
        error(row.line, why);
        m_report.actions.append(ImportAction {ImportAction::Kind::Refuse, row.line, what, why});
    };
    auto from = resolve(row.from);
    if (!from)
        return refuse(tr("from: %1").arg(from.error()));
    auto to = resolve(row.to);
    if (!to)
        return refuse(tr("to: %1").arg(to.error()));
    if (from->event.id == to->event.id)
        return refuse(tr("from and to name the same event"));
    const PartialDate& later = from->event.date;
    const PartialDate& earlier = to->event.date;
    if (!later.isNull() && !earlier.isNull() && lagBetween(earlier, later).maxDays < 0) {
        return refuse(tr("the link goes from %1 (%2) to %3 (%4), which comes after it; a link goes from the later "
                         "record to the earlier one, so swap from and to if that is what is meant")
                          .arg(from->what, later.text(), to->what, earlier.text()));
    }
    auto sourceId = source(row.source);
    if (!sourceId)
        return refuse(sourceId.error());

    Link link {0, from->event.id, to->event.id, row.relation, row.note, *sourceId};
    const QString lag =
        later.isNull() || earlier.isNull() ? tr("lag unknown") : tr("lag %1").arg(linkLag(earlier, later).text());
    const QString detail = tr("%1, %2").arg(toLabel(row.relation), lag);
    auto found = runQuery(m_store,
                          QStringLiteral("SELECT id, note, source_id FROM links WHERE from_event = ? AND to_event = ? "
                                         "AND relation = ?"),
                          {link.fromEvent, link.toEvent, toKey(link.relation)});
    if (!found)
        return refuse(found.error());
    if (!found->next()) {
        auto inserted = m_writer.insertLink(link);
        if (!inserted)
            return refuse(inserted.error());
        ++m_report.added.links;
        m_report.actions.append(ImportAction {ImportAction::Kind::Add, row.line, what, detail});
        return;
    }
    const Link stored {found->value(0).toLongLong(), link.fromEvent,         link.toEvent, link.relation,
                       found->value(1).toString(),   idFrom(found->value(2))};
    Link merged = stored;
    if (!link.note.isEmpty())
        merged.note = link.note;
    if (link.sourceId != 0)
        merged.sourceId = link.sourceId;
    if (merged == stored) {
        ++m_report.unchanged;
        m_report.actions.append(ImportAction {ImportAction::Kind::Unchanged, row.line, what, detail});
        return;
    }
    auto updated = runQuery(m_store, QStringLiteral("UPDATE links SET note = ?, source_id = ? WHERE id = ?"),
                            {merged.note, nullableId(merged.sourceId), merged.id});
    if (!updated)
        return refuse(updated.error());
    m_report.changedBefore.links.append(stored);
    m_report.changedAfter.links.append(merged);
    ++m_report.updated;
    m_report.actions.append(ImportAction {ImportAction::Kind::Update, row.line, what, detail});
}

} // namespace Spyline
