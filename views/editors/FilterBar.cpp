#include "FilterBar.h"

#include "AccessibleNames.h"
#include "PartialDateEdit.h"
#include "items/FilterDescription.h"
#include "records/CountryCatalog.h"
#include "store/ActorRepository.h"
#include "store/CaseRepository.h"
#include "store/Store.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace Spyline {

namespace {

QComboBox* makeCombo(QWidget* parent, const QString& objectName, const QString& anyText)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(anyText);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // Short enough that the date fields keep room for a whole day in a window of 1280 pixels.
    combo->setMinimumContentsLength(9);
    return combo;
}

template<typename Enum>
void fillChoices(QComboBox* combo)
{
    for (Enum value : allValues<Enum>())
        combo->addItem(toLabel(value), toKey(value));
}

} // namespace

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_from(new PartialDateEdit(this))
    , m_to(new PartialDateEdit(this))
    , m_knownOnCheck(new QCheckBox(tr("As &known on"), this))
    , m_knownOn(new PartialDateEdit(this))
    , m_knownOnAction(new QAction(tr("As Publicly &Known On\u2026"), this))
    , m_country(makeCombo(this, QStringLiteral("countryComboBox"), tr("Any country")))
    , m_agency(makeCombo(this, QStringLiteral("agencyComboBox"), tr("Any agency")))
    , m_status(makeCombo(this, QStringLiteral("statusComboBox"), tr("Any status")))
    , m_kind(makeCombo(this, QStringLiteral("eventKindComboBox"), tr("Any event")))
    , m_clear(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_extraButton(new QToolButton(this))
    , m_typingTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setAccessibleName(tr("Search"));
    AccessibleNames::nameClearButton(m_search);
    m_search->setPlaceholderText(tr("Search titles, names, places, sources\u2026"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    // A whole day stays readable beside a field's clear button, however crowded the bar.
    const int dayWidth = fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 40;
    for (PartialDateEdit* edit : {m_from, m_to}) {
        edit->setCompact(true);
        edit->setMinimumWidth(dayWidth);
        edit->setMaximumWidth(130);
    }
    m_from->lineEdit()->setPlaceholderText(tr("from"));
    m_to->lineEdit()->setPlaceholderText(tr("to"));
    // A placeholder is no name: screen readers get one of their own.
    m_from->lineEdit()->setAccessibleName(tr("From date"));
    m_to->lineEdit()->setAccessibleName(tr("To date"));
    // As publicly known on a day: what an observer could have known then, in every view.
    m_knownOnCheck->setObjectName(QStringLiteral("knownOnCheckBox"));
    m_knownOnCheck->setToolTip(tr("Show only what had been made public by this day, in every view: cases announced "
                                  "or cited by a source by then, events that had happened, links whose both ends "
                                  "were public. Charts say “As publicly known on” the day. Esc in the "
                                  "day turns it off."));
    m_knownOn->setObjectName(QStringLiteral("knownOnDateEdit"));
    m_knownOn->setCompact(true);
    m_knownOn->setMinimumWidth(dayWidth);
    m_knownOn->setMaximumWidth(130);
    m_knownOn->lineEdit()->setPlaceholderText(tr("day"));
    m_knownOn->lineEdit()->setAccessibleName(tr("Publicly known on"));
    m_knownOn->lineEdit()->installEventFilter(this);
    m_knownOn->setToolTip(m_knownOnCheck->toolTip());
    m_knownOnAction->setObjectName(QStringLiteral("knownOnAction"));
    m_knownOnAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_country->setAccessibleName(tr("Country"));
    m_agency->setAccessibleName(tr("Agency"));
    m_status->setAccessibleName(tr("Status"));
    m_kind->setAccessibleName(tr("Event kind"));
    fillChoices<CaseStatus>(m_status);
    fillChoices<EventKind>(m_kind);
    m_clear->setObjectName(QStringLiteral("clearFiltersToolButton"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear every filter"));
    m_count->setObjectName(QStringLiteral("caseCountLabel"));
    m_extraButton->setObjectName(QStringLiteral("chartFilterToolButton"));
    m_extraButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_extraButton->setToolTip(tr("Set by clicking the map or a chart; click to clear it"));
    m_extraButton->hide();
    m_count->setTextFormat(Qt::PlainText);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("\u2013"), this));
    layout->addWidget(m_to);
    layout->addSpacing(6);
    layout->addWidget(m_knownOnCheck);
    layout->addWidget(m_knownOn);
    layout->addWidget(m_country, 1);
    layout->addWidget(m_agency, 1);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_kind, 1);
    layout->addWidget(m_extraButton);
    layout->addWidget(m_clear);
    layout->addSpacing(8);
    layout->addWidget(m_count);

    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(200);
    connect(m_typingTimer, &QTimer::timeout, this, &FilterBar::announce);
    connect(m_search, &QLineEdit::textChanged, m_typingTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::announce);
    for (PartialDateEdit* edit : {m_from, m_to})
        connect(edit, &PartialDateEdit::dateChanged, this, &FilterBar::announce);
    for (QComboBox* combo : {m_country, m_agency, m_status, m_kind})
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::announce);
    connect(m_knownOnCheck, &QCheckBox::toggled, this, [this](bool on) {
        // Turned on without a day yet: the day is typed next.
        if (on && !m_updating && !filter().knownOn)
            m_knownOn->setFocus(Qt::OtherFocusReason);
        announce();
    });
    connect(m_knownOn, &PartialDateEdit::dateChanged, this, [this] {
        // Typing a day turns it on; emptying the field turns it off.
        const auto day = m_knownOn->date();
        if (!m_updating && day)
            m_knownOnCheck->setChecked(!day->isNull());
        announce();
    });
    connect(m_knownOnAction, &QAction::triggered, this, &FilterBar::focusKnownOn);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    connect(m_extraButton, &QToolButton::clicked, this, [this] {
        m_extra = {};
        showExtra();
        announce();
    });
}

void FilterBar::setStore(Store* store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &Store::changed, this, [this](Changes what) {
            if (what & (Change::Cases | Change::Actors))
                refreshChoices();
        });
    }
    refreshChoices();
}

void FilterBar::refreshChoices()
{
    m_updating = true;
    const QString country = m_country->currentData().toString();
    const QString agency = m_agency->currentText();
    while (m_country->count() > 1)
        m_country->removeItem(1);
    while (m_agency->count() > 1)
        m_agency->removeItem(1);
    if (m_store && m_store->isOpen()) {
        QList<std::pair<QString, QString>> names;
        for (const QString& code : CaseRepository(*m_store).countriesInUse().value_or(QStringList()))
            names.append({CountryCatalog::name(code), code});
        std::sort(names.begin(), names.end());
        for (const auto& [name, code] : names)
            m_country->addItem(name, code);
        for (const Actor& inUse : ActorRepository(*m_store).agenciesWithRoles(2000).value_or(QList<Actor>()))
            m_agency->addItem(inUse.name, inUse.id);
    }
    m_country->setCurrentIndex(std::max(0, m_country->findData(country)));
    m_agency->setCurrentIndex(std::max(0, m_agency->findText(agency)));
    m_updating = false;
    announce();
}

CaseFilter FilterBar::filter() const
{
    CaseFilter filter;
    filter.text = m_search->text().trimmed();
    if (auto from = m_from->date(); from && !from->isNull())
        filter.fromDay = from->earliestDay();
    if (auto to = m_to->date(); to && !to->isNull())
        filter.toDay = to->latestDay();
    if (m_country->currentIndex() > 0)
        filter.countries = {m_country->currentData().toString()};
    if (m_agency->currentIndex() > 0)
        filter.agencies = {m_agency->currentData().toLongLong()};
    if (m_status->currentIndex() > 0)
        filter.statuses = {*fromKey<CaseStatus>(m_status->currentData().toString())};
    if (m_kind->currentIndex() > 0)
        filter.eventKinds = {*fromKey<EventKind>(m_kind->currentData().toString())};
    if (!m_extra.countries.isEmpty())
        filter.countries = m_extra.countries;
    if (!m_extra.agencies.isEmpty())
        filter.agencies = m_extra.agencies;
    if (!m_extra.statuses.isEmpty())
        filter.statuses = m_extra.statuses;
    if (!m_extra.eventKinds.isEmpty())
        filter.eventKinds = m_extra.eventKinds;
    filter.venueCountries = m_extra.venueCountries;
    filter.caseIds = m_extra.caseIds;
    // A day as a month or a year ("2023-08") means all of it: known by its last day.
    if (auto day = m_knownOn->date(); m_knownOnCheck->isChecked() && day && !day->isNull())
        filter.knownOn = day->latestDay();
    return filter;
}

void FilterBar::setFilter(const CaseFilter& filter)
{
    m_updating = true;
    // Fields that already say it stay as typed: "2023-08" is not rewritten as its first day.
    if (m_search->text().trimmed() != filter.text.trimmed())
        m_search->setText(filter.text);
    const auto shown = [](const PartialDateEdit* edit, bool earliest) -> std::optional<DayNumber> {
        const auto date = edit->date();
        if (!date || date->isNull())
            return std::nullopt;
        return earliest ? date->earliestDay() : date->latestDay();
    };
    if (shown(m_from, true) != filter.fromDay)
        m_from->setDate(filter.fromDay ? PartialDate::fromDay(*filter.fromDay) : PartialDate());
    if (shown(m_to, false) != filter.toDay)
        m_to->setDate(filter.toDay ? PartialDate::fromDay(*filter.toDay) : PartialDate());
    // Turned off, the day stays in its field, to be turned on again.
    if (filter.knownOn && shown(m_knownOn, false) != filter.knownOn)
        m_knownOn->setDate(PartialDate::fromDay(*filter.knownOn));
    m_knownOnCheck->setChecked(filter.knownOn.has_value());
    m_country->setCurrentIndex(filter.countries.isEmpty() ? 0
                                                          : std::max(0, m_country->findData(filter.countries.first())));
    m_agency->setCurrentIndex(filter.agencies.isEmpty() ? 0 : std::max(0, m_agency->findData(filter.agencies.first())));
    m_status->setCurrentIndex(
        filter.statuses.isEmpty() ? 0 : std::max(0, m_status->findData(toKey(filter.statuses.first()))));
    m_kind->setCurrentIndex(
        filter.eventKinds.isEmpty() ? 0 : std::max(0, m_kind->findData(toKey(filter.eventKinds.first()))));
    // What the fields could not take is kept as it was given.
    m_extra = {};
    if (!filter.countries.isEmpty() && (filter.countries.size() > 1 || m_country->currentIndex() == 0))
        m_extra.countries = filter.countries;
    if (!filter.agencies.isEmpty() && (filter.agencies.size() > 1 || m_agency->currentIndex() == 0))
        m_extra.agencies = filter.agencies;
    if (filter.statuses.size() > 1)
        m_extra.statuses = filter.statuses;
    if (filter.eventKinds.size() > 1)
        m_extra.eventKinds = filter.eventKinds;
    m_extra.venueCountries = filter.venueCountries;
    m_extra.caseIds = filter.caseIds;
    for (QComboBox* combo : {m_country, m_agency}) {
        if ((combo == m_country && !m_extra.countries.isEmpty()) || (combo == m_agency && !m_extra.agencies.isEmpty()))
            combo->setCurrentIndex(0);
    }
    showExtra();
    m_updating = false;
    announce();
}

void FilterBar::showExtra()
{
    if (m_extra.isEmpty()) {
        m_extraButton->hide();
        return;
    }
    // "Cases recruited in Italy" without its first word, as a part of the filter.
    QString text = m_store && m_store->isOpen() ? describeFilter(*m_store, m_extra) : tr("Chart filter");
    // "Cases recruited in Italy" reads as a part of the filter without its first word.
    if (const QString cases = tr("Cases") + u' '; text.startsWith(cases))
        text = text.mid(cases.size());
    m_extraButton->setText(text + QStringLiteral(" \u2715"));
    m_extraButton->show();
}

void FilterBar::clear()
{
    m_extra = {};
    m_updating = true;
    m_knownOn->setDate(PartialDate());
    m_updating = false;
    setFilter({});
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::focusKnownOn()
{
    m_knownOnCheck->setChecked(true);
    m_knownOn->lineEdit()->setFocus(Qt::ShortcutFocusReason);
    m_knownOn->lineEdit()->selectAll();
}

bool FilterBar::eventFilter(QObject* watched, QEvent* event)
{
    // Esc in the day turns "as known on" off; the day stays, to be turned on again.
    if (watched == m_knownOn->lineEdit() && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape && m_knownOnCheck->isChecked()) {
        m_knownOnCheck->setChecked(false);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::showKnownOn()
{
    // Bold while it governs the views, so that nobody forgets the views are of another day.
    QFont font = m_knownOnCheck->font();
    font.setBold(m_announced.knownOn.has_value());
    m_knownOnCheck->setFont(font);
}

void FilterBar::setCounts(int shown, int total)
{
    m_count->setText(tr("%1 of %2 cases").arg(QLocale().toString(shown), QLocale().toString(total)));
}

void FilterBar::announce()
{
    if (m_updating)
        return;
    m_typingTimer->stop();
    const CaseFilter current = filter();
    m_clear->setEnabled(!current.isEmpty());
    if (current == m_announced)
        return;
    m_announced = current;
    showKnownOn();
    Q_EMIT filterChanged(current);
}

} // namespace Spyline
