#include "CaseDialog.h"

#include "CaseTables.h"
#include "CountryEdit.h"
#include "FieldLabels.h"
#include "Palette.h"
#include "store/ActorRepository.h"
#include "store/CaseRepository.h"
#include "store/EditingAids.h"
#include "store/SourceRepository.h"
#include "store/Store.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Spyline {

namespace {

QWidget* withButtons(RecordTable* table, const QString& addText, QWidget* parent)
{
    auto* page = new QWidget(parent);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(table);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(addText, page);
    add->setObjectName(table->objectName().replace(QStringLiteral("TableWidget"), QStringLiteral("AddPushButton")));
    auto* remove = new QPushButton(QObject::tr("Remove"), page);
    remove->setObjectName(
        table->objectName().replace(QStringLiteral("TableWidget"), QStringLiteral("RemovePushButton")));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    QObject::connect(add, &QPushButton::clicked, table, [table] {
        const int row = table->addRow();
        table->setCurrentCell(row, 0);
        table->editItem(table->item(row, 0));
    });
    QObject::connect(remove, &QPushButton::clicked, table, &RecordTable::removeSelectedRows);
    return page;
}

} // namespace

CaseDialog::CaseDialog(Store& store, Save save, QWidget* parent)
    : RecordDialog(store, std::move(save), parent)
    , m_title(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_sector(new QLineEdit(this))
    , m_target(new CountryEdit(this))
    , m_accused(new CountryEdit(this))
    , m_summary(new QPlainTextEdit(this))
    , m_reference(new QLineEdit(this))
    , m_duplicateLabel(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_duplicateTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("caseDialog"));
    setWindowTitle(tr("New Case"));
    const QStringList actorNames = *ActorRepository(store).names();
    m_roles = new RolesTable(actorNames, this);
    m_events = new EventsTable(actorNames, this);
    m_sources = new SourcesTable(SourceRepository(store).publishers().value_or({}), this);

    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_title->setPlaceholderText(tr("e.g. Zeng: military industry employee said to have been recruited in Italy"));
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    for (CaseStatus status : allValues<CaseStatus>())
        m_status->addItem(toLabel(status), toKey(status));
    m_status->setCurrentIndex(m_status->findData(toKey(CaseStatus::Alleged)));
    m_status->setToolTip(tr("As the record stands: an accusation stays alleged until a court or the accused "
                            "says otherwise."));
    m_sector->setObjectName(QStringLiteral("sectorLineEdit"));
    auto* sectors = new QCompleter(CaseRepository(store).sectorsInUse().value_or(QStringList()), m_sector);
    sectors->setCaseSensitivity(Qt::CaseInsensitive);
    m_sector->setCompleter(sectors);
    m_target->setObjectName(QStringLiteral("targetCountryLineEdit"));
    m_accused->setObjectName(QStringLiteral("accusedCountryLineEdit"));
    m_summary->setObjectName(QStringLiteral("summaryPlainTextEdit"));
    m_summary->setPlaceholderText(tr("Who says what: \"According to the MSS, ...\""));
    m_summary->setTabChangesFocus(true);
    m_reference->setObjectName(QStringLiteral("referenceLineEdit"));
    m_reference->setPlaceholderText(tr("Optional: the case's key in your spreadsheet, e.g. Cambridge Five"));
    m_reference->setToolTip(tr("Importing a sheet again updates the case with this key instead of adding it twice; "
                               "statement and link sheets can name the case by it."));

    form()->addRow(tr("Title *"), m_title);
    form()->addRow(tr("Status"), m_status);
    form()->addRow(tr("Sector of the suspect"), m_sector);
    form()->addRow(tr("Target country"), m_target);
    form()->addRow(tr("Accused country"), m_accused);
    form()->addRow(tr("Summary"), m_summary);
    form()->addRow(tr("Reference"), m_reference);

    QTabWidget* tabs = m_tabs;
    tabs->setObjectName(QStringLiteral("caseTabWidget"));
    tabs->setAccessibleName(tr("People, events and sources"));
    tabs->addTab(withButtons(m_roles, tr("Add Person or Organisation"), tabs), tr("People"));
    tabs->addTab(withButtons(m_events, tr("Add Event"), tabs), tr("Events"));
    tabs->addTab(withButtons(m_sources, tr("Add Source"), tabs), tr("Sources"));
    // A cell's problem shows in the message line as it is typed, and goes when it is put right.
    for (RecordTable* table : std::initializer_list<RecordTable*> {m_roles, m_events, m_sources})
        connect(table, &RecordTable::problemNoticed, this, &CaseDialog::showProblem);

    m_duplicateLabel->setObjectName(QStringLiteral("duplicateLabel"));
    m_duplicateLabel->setTextFormat(Qt::PlainText);
    m_duplicateLabel->setWordWrap(true);
    m_duplicateLabel->setStyleSheet(Palette::noticeStyleSheet(palette()));
    m_duplicateLabel->hide();
    addBelowForm(tabs, 1);
    addBelowForm(m_duplicateLabel);
    resize(980, 680);

    m_duplicateTimer->setSingleShot(true);
    m_duplicateTimer->setInterval(300);
    connect(m_duplicateTimer, &QTimer::timeout, this, &CaseDialog::checkForDuplicates);
    connect(m_title, &QLineEdit::textChanged, m_duplicateTimer, qOverload<>(&QTimer::start));
    connect(m_roles, &QTableWidget::cellChanged, m_duplicateTimer, qOverload<>(&QTimer::start));
    connect(m_events, &QTableWidget::cellChanged, m_duplicateTimer, qOverload<>(&QTimer::start));

    // A new case starts with the two facts every case has: a suspect and a disclosure.
    m_roles->addRow();
    m_events->addRow();
}

CaseDialog::~CaseDialog()
{
    // The tables outlive this part of the dialog (QWidget deletes them later) and may still report
    // a problem while they go; nothing here may hear it.
    for (RecordTable* table : std::initializer_list<RecordTable*> {m_roles, m_events, m_sources})
        table->disconnect(this);
}

Status CaseDialog::loadCase(Id caseId)
{
    auto snapshot = snapshotCase(store(), caseId);
    if (!snapshot)
        return snapshot.status();
    m_before = snapshot->before;
    m_caseId = caseId;
    const Case& record = m_before.cases.first();
    setWindowTitle(tr("Edit Case"));
    m_title->setText(record.title);
    m_status->setCurrentIndex(m_status->findData(toKey(record.status)));
    m_sector->setText(record.sector);
    m_target->setCode(record.targetCountry);
    m_accused->setCode(record.accusedCountry);
    m_summary->setPlainText(record.summary);
    m_reference->setText(record.reference);

    QHash<Id, Actor> actors;
    ActorRepository actorRepository(store());
    const auto remember = [&](Id id) {
        if (id != 0 && !actors.contains(id)) {
            if (auto actor = actorRepository.get(id))
                actors.insert(id, *actor);
        }
    };
    for (const Role& role : std::as_const(m_before.roles))
        remember(role.actorId);
    for (const Event& event : std::as_const(m_before.events))
        remember(event.actorId);
    m_roles->load(m_before.roles, actors);
    m_events->load(m_before.events, actors);

    QHash<Id, Source> sources;
    QList<Citation> caseCitations;
    for (const Citation& citation : std::as_const(m_before.citations)) {
        if (citation.caseId != caseId)
            continue;
        caseCitations.append(citation);
        if (auto source = SourceRepository(store()).get(citation.sourceId))
            sources.insert(citation.sourceId, *source);
    }
    m_sources->load(caseCitations, sources);
    m_duplicateLabel->hide();
    return {};
}

QList<RecordDialog::Problem> CaseDialog::formProblems() const
{
    QList<Problem> found;
    if (m_title->text().trimmed().isEmpty())
        found.append({tr("Title: a case needs a title"), m_title});
    for (const auto& [country, label] :
         {std::pair {m_target, tr("Target country")}, std::pair {m_accused, tr("Accused country")}}) {
        if (!country->isValid()) {
            found.append({tr("%1: \"%2\" is not a country Spyline knows; use a code (IT, US), a short form (USA, "
                             "PRC) or the name")
                              .arg(label, country->text()),
                          country});
        }
    }
    for (RecordTable* table : std::initializer_list<RecordTable*> {m_roles, m_events, m_sources}) {
        for (const RecordTable::Problem& problem : table->problems())
            found.append({problem.message, table, problem.row, problem.column});
    }
    return found;
}

QStringList CaseDialog::problems() const
{
    QStringList messages;
    for (const Problem& problem : formProblems())
        messages.append(problem.message);
    return messages;
}

Result<RecordSet> CaseDialog::records() const
{
    if (const QList<Problem> found = formProblems(); !found.isEmpty())
        return fail(found.first().message);
    RecordSet set;
    Case record;
    record.id = m_caseId;
    record.title = m_title->text().trimmed();
    record.status = fromKey<CaseStatus>(m_status->currentData().toString()).value_or(CaseStatus::Unknown);
    record.sector = m_sector->text().trimmed();
    record.targetCountry = m_target->code();
    record.accusedCountry = m_accused->code();
    record.summary = m_summary->toPlainText().trimmed();
    record.reference = m_reference->text().trimmed();
    set.cases.append(record);

    ActorResolver actors(store());
    auto roles = m_roles->collect(m_caseId, actors);
    if (!roles)
        return fail(roles.error());
    auto events = m_events->collect(m_caseId, actors);
    if (!events)
        return fail(events.error());
    QList<Source> newSources;
    auto citations = m_sources->collect(m_caseId, store(), &newSources);
    if (!citations)
        return fail(citations.error());
    set.roles = *roles;
    set.events = *events;
    set.actors = actors.newActors();
    set.sources = newSources;
    set.citations = *citations;
    // Citations of the case's events are kept as they were; they are edited with the event.
    for (const Citation& citation : m_before.citations) {
        if (citation.eventId != 0 && std::any_of(set.events.begin(), set.events.end(), [&](const Event& event) {
                return event.id == citation.eventId;
            })) {
            set.citations.append(citation);
        }
    }
    // Links are edited on their own; they stay unless one of their events is removed here.
    const auto kept = [&](Id eventId) {
        const auto isEvent = [eventId](const Event& event) { return event.id == eventId; };
        return std::any_of(set.events.begin(), set.events.end(), isEvent)
            || std::none_of(m_before.events.begin(), m_before.events.end(), isEvent);
    };
    for (const Link& link : m_before.links) {
        if (kept(link.fromEvent) && kept(link.toEvent))
            set.links.append(link);
    }
    return set;
}

QString CaseDialog::problemsHeading(int count) const
{
    return tr("%n problem(s) keep the case from being saved:", nullptr, count);
}

Id CaseDialog::savedCaseId() const
{
    return saved().cases.isEmpty() ? 0 : saved().cases.first().id;
}

QString CaseDialog::duplicateWarning() const
{
    return m_duplicateLabel->isVisible() ? m_duplicateLabel->text() : QString();
}

void CaseDialog::checkForDuplicates()
{
    const auto found = findPossibleDuplicates(store(), m_title->text(), m_roles->suspectNames(),
                                              m_events->disclosureDate(), std::max<Id>(0, m_caseId));
    if (!found || found->isEmpty()) {
        m_duplicateLabel->hide();
        return;
    }
    QStringList lines;
    for (const PossibleDuplicate& duplicate : *found)
        lines.append(QStringLiteral("\u2022 %1 (%2)").arg(duplicate.title, duplicate.reason));
    m_duplicateLabel->setText(
        tr("This may already be in the collection:\n%1\nYou can save it anyway.").arg(lines.mid(0, 3).join(u'\n')));
    m_duplicateLabel->show();
}

} // namespace Spyline
