#include "EventDialog.h"

#include "CaseTables.h"
#include "CountryEdit.h"
#include "FieldLabels.h"
#include "GradeBadge.h"
#include "GradePicker.h"
#include "PartialDateEdit.h"
#include "records/Validation.h"
#include "store/ActorRepository.h"
#include "store/CaseRepository.h"
#include "store/EventRepository.h"
#include "store/SourceRepository.h"
#include "store/Store.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
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
    , m_sourceUrl(new QLineEdit(this))
    , m_sourceNote(new QLabel(this))
    , m_sourcePublisher(new QLineEdit(this))
    , m_sourceGrade(new GradePicker(this))
    , m_quote(new QLineEdit(this))
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

    // Where it is reported: a statement needs its source like any event.
    m_sourceUrl->setObjectName(QStringLiteral("sourceUrlLineEdit"));
    m_sourceUrl->setPlaceholderText(tr("https://\u2026 where it is reported"));
    QStringList urls;
    for (const Source& source : SourceRepository(store).all().value_or({}))
        urls.append(source.url);
    auto* known = new QCompleter(urls, m_sourceUrl);
    known->setCaseSensitivity(Qt::CaseInsensitive);
    known->setFilterMode(Qt::MatchContains);
    m_sourceUrl->setCompleter(known);
    m_sourceNote->setObjectName(QStringLiteral("sourceNoteLabel"));
    m_sourceNote->setTextFormat(Qt::PlainText);
    m_sourceNote->setWordWrap(true);
    m_sourcePublisher->setObjectName(QStringLiteral("sourcePublisherLineEdit"));
    auto* publishers = new QCompleter(SourceRepository(store).publishers().value_or({}), m_sourcePublisher);
    publishers->setCaseSensitivity(Qt::CaseInsensitive);
    m_sourcePublisher->setCompleter(publishers);
    m_sourceGrade->setToolTip(GradePicker::explanation());
    m_quote->setObjectName(QStringLiteral("quoteLineEdit"));
    m_quote->setPlaceholderText(tr("the words of the source that support it (optional)"));
    form()->addRow(tr("Source"), m_sourceUrl);
    form()->addRow(QString(), m_sourceNote);
    form()->addRow(tr("Publisher"), m_sourcePublisher);
    form()->addRow(tr("Grade"), m_sourceGrade);
    form()->addRow(tr("Quote"), m_quote);
    connect(m_sourceUrl, &QLineEdit::textChanged, this, &EventDialog::lookUpSource);
    lookUpSource();
    resize(680, 620);
}

void EventDialog::lookUpSource()
{
    const QString url = m_sourceUrl->text().trimmed();
    m_storedSource = 0;
    std::optional<Source> stored;
    if (!url.isEmpty()) {
        if (const Id id = SourceRepository(store()).findByUrl(url).value_or(0); id != 0) {
            if (auto source = SourceRepository(store()).get(id)) {
                m_storedSource = id;
                stored = *source;
            }
        }
    }
    m_sourcePublisher->setEnabled(!stored);
    m_sourceGrade->setEnabled(!stored);
    if (stored) {
        m_sourcePublisher->setText(stored->publisher);
        m_sourceGrade->setGrade(stored->grade);
        m_sourceNote->setText(tr("In the collection already, graded %1; edit the source itself to change it.")
                                  .arg(GradeBadge::description(stored->grade)));
    } else if (const Status valid = validateSourceUrl(url); !url.isEmpty() && !valid) {
        m_sourceNote->setText(inPeoplesWords(valid.error()));
    } else {
        m_sourceNote->setText(url.isEmpty() ? tr("Without a source the event is kept, but charts list nothing for it.")
                                            : tr("A new source: give its publisher and grade."));
    }
}

void EventDialog::prepare(EventKind kind, Id caseId)
{
    m_kind->setCurrentIndex(m_kind->findData(toKey(kind)));
    if (caseId != 0) {
        if (auto title = CaseRepository(store()).title(caseId))
            m_case->addItem(*title, caseId);
        m_case->setCurrentIndex(m_case->findData(caseId));
    }
}

Status EventDialog::loadEvent(Id eventId)
{
    auto event = EventRepository(store()).get(eventId);
    if (!event)
        return event.status();
    auto citations = SourceRepository(store()).citationsOfEvent(eventId);
    if (!citations)
        return citations.status();
    m_before.events = {*event};
    m_before.citations = *citations;
    // The form shows the first source; the others stay as they are.
    if (!citations->isEmpty()) {
        if (auto source = SourceRepository(store()).get(citations->first().sourceId)) {
            m_sourceUrl->setText(source->url);
            m_quote->setText(citations->first().quote);
        }
    }
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

    // The source: the first citation is the form's, the others are kept.
    set.citations = m_before.citations;
    Citation citation = set.citations.isEmpty() ? Citation {} : set.citations.takeFirst();
    const QString url = m_sourceUrl->text().trimmed();
    if (!url.isEmpty()) {
        if (Status valid = validateSourceUrl(m_sourceUrl->text()); !valid)
            return fail(valid.error());
        if (citation.id == 0)
            citation.id = -1;
        citation.eventId = event.id;
        citation.caseId = 0;
        citation.quote = m_quote->text().trimmed();
        citation.sourceId = m_storedSource;
        if (citation.sourceId == 0) {
            Source source;
            source.id = -1;
            source.url = url;
            source.publisher = m_sourcePublisher->text().trimmed();
            source.grade = m_sourceGrade->grade();
            set.sources = {source};
            citation.sourceId = source.id;
        }
        set.citations.prepend(citation);
    }
    return set;
}

} // namespace Spyline
