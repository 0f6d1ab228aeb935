#include "transfer/sheet/StatementSheetWriter.h"

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

QString dateText(const PartialDate& date)
{
    return date.isNull() ? StatementSheetWriter::tr("no date") : date.text();
}

} // namespace

Result<std::optional<Event>> StatementSheetWriter::sameStatement(const Event& event)
{
    if (!event.reference.isEmpty())
        return eventWithReference(event.reference);
    auto found = runQuery(m_store,
                          QStringLiteral("SELECT id FROM events WHERE case_id IS NULL AND kind = ? AND date = ? AND "
                                         "title = ? COLLATE NOCASE ORDER BY id LIMIT 1"),
                          {toKey(event.kind), event.date.text(), event.title.trimmed()});
    if (!found)
        return fail(found.error());
    if (!found->next())
        return std::optional<Event>();
    auto stored = EventRepository(m_store).get(found->value(0).toLongLong());
    if (!stored)
        return fail(stored.error());
    return std::optional<Event>(*stored);
}

void StatementSheetWriter::write(const QString& key, const QList<StatementRow>& allRows)
{
    QList<StatementRow> rows;
    for (const StatementRow& row : allRows) {
        if (row.ignored)
            ++m_report.ignoredRows;
        else if (!row.refused)
            rows.append(row);
    }
    const StatementRow& head = allRows.first();
    const int firstLine = head.line;
    if (rows.isEmpty()) {
        if (std::any_of(allRows.cbegin(), allRows.cend(), [](const StatementRow& r) { return r.refused; })) {
            m_report.actions.append(
                ImportAction {ImportAction::Kind::Refuse, firstLine,
                              tr("statement %1").arg(quoted(head.title.isEmpty() ? key : head.title)),
                              tr("no row of it could be read")});
        }
        return;
    }
    // Rows that repeat a key add their sources to the first; what else they say is not read.
    const StatementRow& row = rows.first();
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const StatementRow& other = rows.at(i);
        if (other.title != row.title || other.date != row.date || other.speaker != row.speaker)
            warning(other.line,
                    tr("repeats the key %1 of line %2 with other values; only its source is read")
                        .arg(quoted(key))
                        .arg(row.line));
    }
    const QString what = tr("statement %1 (%2)").arg(quoted(row.title), dateText(row.date));

    Status s = [&]() -> Status {
        Id organisationId = 0;
        if (!row.organisation.isEmpty()) {
            auto id = actor(row.line, row.organisation, row.country, ActorKind::Organisation);
            if (!id)
                return id.status();
            organisationId = *id;
        }
        Id actorId = organisationId;
        if (!row.speaker.isEmpty()) {
            // The speaker speaks for the organisation: a new speaker becomes part of it.
            auto id = actor(row.line, row.speaker, row.country, ActorKind::Person, {}, {}, organisationId);
            if (!id)
                return id.status();
            actorId = *id;
        }
        Event event;
        event.kind = row.kind;
        event.title = row.title;
        event.description = row.description;
        event.date = row.date;
        event.endDate = row.endDate;
        event.country = row.country;
        event.city = row.city;
        event.actorId = actorId;
        event.reference = key;
        auto stored = sameStatement(event);
        if (!stored)
            return stored.status();
        Id eventId = 0;
        Outcome outcome = Outcome::Added;
        QStringList changed; // of a statement found by its key
        if (!*stored) {
            auto put = putEvent(event);
            if (!put)
                return put.status();
            eventId = put->id;
        } else if (!key.isEmpty()) {
            auto put = putEvent(event);
            if (!put)
                return put.status();
            eventId = put->id;
            outcome = put->outcome;
            changed = put->changed;
        } else {
            // Found by date and title: kept as it is, but its sources are added.
            eventId = (*stored)->id;
            outcome = Outcome::Unchanged;
        }
        for (const StatementRow& each : std::as_const(rows)) {
            auto sourceId = source(each.source);
            if (!sourceId)
                return sourceId.status();
            if (Status c = cite(*sourceId, 0, eventId); !c)
                return c;
        }
        switch (outcome) {
        case Outcome::Added:
            m_report.actions.append(ImportAction {ImportAction::Kind::Add, firstLine, what, {}});
            break;
        case Outcome::Updated:
            ++m_report.updated;
            m_report.actions.append(ImportAction {ImportAction::Kind::Update, firstLine, what, changed.join(u", ")});
            break;
        case Outcome::Unchanged:
            ++m_report.unchanged;
            m_report.actions.append(ImportAction {ImportAction::Kind::Unchanged, firstLine, what, {}});
            break;
        }
        return {};
    }();
    if (!s) {
        error(firstLine, s.error());
        m_report.actions.append(ImportAction {ImportAction::Kind::Refuse, firstLine, what, s.error()});
    }
}

} // namespace Spyline
