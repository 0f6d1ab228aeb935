#include "EventDialog.h"

#include "ActorRepository.h"
#include "CaseTables.h"
#include "CountryEdit.h"
#include "EventRepository.h"
#include "PartialDateEdit.h"
#include "SqlQuery.h"
#include "Store.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Spyline {

EventDialog::EventDialog(Store& store, Save save, QWidget* parent)
    : RecordDialog(store, std::move(save), parent)
    , m_kind(new QComboBox(this))
    , m_case(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_date(new PartialDateEdit(this))
    , m_endDate(new PartialDateEdit(this))
    , m_actor(new QLineEdit(this))
    , m_country(new CountryEdit(this))
    , m_city(new QLineEdit(this))
    , m_venue(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("eventDialog"));
    setWindowTitle(tr("New Event"));
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    for (EventKind kind : allValues<EventKind>())
        m_kind->addItem(toLabel(kind), toKey(kind));
    m_case->setObjectName(QStringLiteral("caseComboBox"));
    m_case->addItem(tr("(no case: a statement, a law ...)"), 0);
    m_case->setMaximumWidth(480);
    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    // Sources often give a place and no date ("recruited while studying in Japan"): kept as such.
    m_date->setEmptyText(tr("no date: kept as date unknown"));
    m_endDate->setObjectName(QStringLiteral("endDateEdit"));
    m_actor->setObjectName(QStringLiteral("actorLineEdit"));
    auto* actors = new QCompleter(ActorRepository(store).names().value_or({}), m_actor);
    actors->setCaseSensitivity(Qt::CaseInsensitive);
    actors->setFilterMode(Qt::MatchContains);
    m_actor->setCompleter(actors);
    m_country->setObjectName(QStringLiteral("countryLineEdit"));
    m_city->setObjectName(QStringLiteral("cityLineEdit"));
    m_venue->setObjectName(QStringLiteral("venueLineEdit"));
    m_venue->setPlaceholderText(
        tr("for a recruitment: where and how, e.g. \"US visa application while studying in Japan\""));
    m_description->setObjectName(QStringLiteral("descriptionPlainTextEdit"));
    m_description->setTabChangesFocus(true);
    form()->addRow(tr("Kind"), m_kind);
    form()->addRow(tr("Case"), m_case);
    form()->addRow(tr("Title *"), m_title);
    form()->addRow(tr("Date"), m_date);
    form()->addRow(tr("Until"), m_endDate);
    form()->addRow(tr("Acted by"), m_actor);
    form()->addRow(tr("Country"), m_country);
    form()->addRow(tr("City"), m_city);
    form()->addRow(tr("Venue and context"), m_venue);
    form()->addRow(tr("Description"), m_description);
    resize(640, 480);
}

void EventDialog::prepare(EventKind kind, Id caseId)
{
    m_kind->setCurrentIndex(m_kind->findData(toKey(kind)));
    if (caseId != 0) {
        auto title = runQuery(store().database(), QStringLiteral("SELECT title FROM cases WHERE id = ?"), {caseId});
        if (title && title->next())
            m_case->addItem(title->value(0).toString(), caseId);
        m_case->setCurrentIndex(m_case->findData(caseId));
    }
}

Status EventDialog::loadEvent(Id eventId)
{
    auto event = EventRepository(store()).get(eventId);
    if (!event)
        return event.status();
    m_before.events = {*event};
    m_eventId = eventId;
    setWindowTitle(tr("Edit Event"));
    prepare(event->kind, event->caseId);
    m_title->setText(event->title);
    m_date->setDate(event->date);
    m_endDate->setDate(event->endDate);
    if (event->actorId != 0) {
        if (auto actor = ActorRepository(store()).get(event->actorId))
            m_actor->setText(actor->name);
    }
    m_country->setCode(event->country);
    m_city->setText(event->city);
    m_venue->setText(event->venueContext);
    m_description->setPlainText(event->description);
    return {};
}

Result<RecordSet> EventDialog::records() const
{
    if (m_title->text().trimmed().isEmpty())
        return fail(tr("Title: a title is required"));
    if (!m_date->isValid())
        return fail(tr("Date: %1").arg(m_date->problem()));
    if (!m_endDate->isValid())
        return fail(tr("Until: %1").arg(m_endDate->problem()));
    if (m_date->date().value_or(PartialDate()).isNull() && !m_endDate->date().value_or(PartialDate()).isNull())
        return fail(tr("Until: an event with no known date has no end either; write the date as a range, such as "
                       "2015/2017 or ../2017"));
    if (!m_country->isValid())
        return fail(tr("Country: \"%1\" is not a country Spyline knows").arg(m_country->text()));
    RecordSet set;
    Event event = m_before.events.value(0);
    event.id = m_eventId;
    event.kind = fromKey<EventKind>(m_kind->currentData().toString()).value_or(EventKind::Other);
    event.caseId = m_case->currentData().toLongLong();
    event.title = m_title->text().trimmed();
    event.date = m_date->date().value_or(PartialDate());
    event.endDate = m_endDate->date().value_or(PartialDate());
    event.country = m_country->code();
    event.city = m_city->text().trimmed();
    event.venueContext = m_venue->text().trimmed();
    event.description = m_description->toPlainText().trimmed();
    event.actorId = 0;
    if (!m_actor->text().trimmed().isEmpty()) {
        ActorResolver actors(store());
        auto actorId = actors.resolve(m_actor->text(), QString(), ActorKind::Person);
        if (!actorId)
            return fail(tr("Acted by: %1").arg(actorId.error()));
        event.actorId = *actorId;
        set.actors = actors.newActors();
    }
    set.events = {event};
    return set;
}

} // namespace Spyline
