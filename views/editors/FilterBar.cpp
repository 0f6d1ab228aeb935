#include "FilterBar.h"

#include "CountryCatalog.h"
#include "FilterDescription.h"
#include "PartialDateEdit.h"
#include "SqlQuery.h"
#include "Store.h"

#include <QComboBox>
#include <QHBoxLayout>
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
    combo->setMinimumContentsLength(12);
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
    m_search->setPlaceholderText(tr("Search titles, names, places, sources\u2026"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    for (PartialDateEdit* edit : {m_from, m_to}) {
        edit->setCompact(true);
        edit->setMaximumWidth(110);
    }
    m_from->lineEdit()->setPlaceholderText(tr("from"));
    m_to->lineEdit()->setPlaceholderText(tr("to"));
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
        auto countries = runQuery(m_store->database(),
                                  QStringLiteral("SELECT code FROM (SELECT target_country AS code FROM cases UNION "
                                                 "SELECT accused_country FROM cases) WHERE code IS NOT NULL"));
        QList<std::pair<QString, QString>> names;
        while (countries && countries->next()) {
            const QString code = countries->value(0).toString();
            names.append({CountryCatalog::name(code), code});
        }
        std::sort(names.begin(), names.end());
        for (const auto& [name, code] : names)
            m_country->addItem(name, code);
        auto agencies = runQuery(m_store->database(),
                                 QStringLiteral("SELECT a.id, a.name FROM actors a WHERE a.kind = 'agency' AND a.id IN "
                                                "(SELECT actor_id FROM roles UNION SELECT part_of FROM actors) "
                                                "ORDER BY a.name COLLATE NOCASE LIMIT 2000"));
        while (agencies && agencies->next())
            m_agency->addItem(agencies->value(1).toString(), agencies->value(0));
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
    setFilter({});
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
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
    Q_EMIT filterChanged(current);
}

} // namespace Spyline
