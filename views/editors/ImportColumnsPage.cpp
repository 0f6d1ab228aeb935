#include "ImportColumnsPage.h"

#include "ImportAssistant.h"
#include "Palette.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Spyline {

namespace {

enum ColumnsColumn
{
    SheetColumn,
    ExamplesColumn,
    FieldColumn,
};

enum RulesColumn
{
    RuleFieldColumn,
    TheirValueColumn,
    OurValueColumn,
};

QString mapFilter()
{
    return QObject::tr("Import maps (*.json);;All files (*)");
}

QComboBox* fieldChoice(SheetRecords records, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("fieldComboBox"));
    combo->addItem(QObject::tr("(not imported)"), QString());
    for (const SheetField& field : sheetFields(records))
        combo->addItem(QStringLiteral("%1 \u2014 %2").arg(fieldLabel(records, field.name), field.name), field.name);
    return combo;
}

} // namespace

ImportColumnsPage::ImportColumnsPage(ImportAssistant& assistant)
    : m_assistant(assistant)
    , m_columns(new QTableWidget(this))
    , m_key(new QComboBox(this))
    , m_rules(new QTableWidget(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("importColumnsPage"));
    setTitle(tr("Columns and values"));
    setSubTitle(tr("The Spyline field each column holds. Rows with the same key are one record: a ring becomes one "
                   "case with a person per row."));

    m_columns->setObjectName(QStringLiteral("columnsTableWidget"));
    m_columns->setColumnCount(3);
    m_columns->setHorizontalHeaderLabels({tr("Column of the sheet"), tr("First values"), tr("Spyline field")});
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->horizontalHeader()->setSectionResizeMode(ExamplesColumn, QHeaderView::Stretch);
    m_columns->setColumnWidth(SheetColumn, 170);
    m_columns->setColumnWidth(FieldColumn, 330);
    m_columns->verticalHeader()->hide();
    m_key->setObjectName(QStringLiteral("keyComboBox"));
    m_key->setToolTip(tr("Rows with the same value here are one record, which keeps the value as its reference: "
                         "importing the sheet again updates it, and statement and link sheets can name it."));

    m_rules->setObjectName(QStringLiteral("valueRulesTableWidget"));
    m_rules->setColumnCount(3);
    m_rules->setHorizontalHeaderLabels(
        {tr("Field"), tr("The sheet's value (* at the end: starts with)"), tr("Spyline's value (empty: leave empty)")});
    m_rules->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_rules->verticalHeader()->hide();
    m_problem->setObjectName(QStringLiteral("mapProblemLabel"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(Palette::problemLabelStyleSheet(palette()));

    auto* addRuleButton = new QPushButton(tr("Add Rule"), this);
    addRuleButton->setObjectName(QStringLiteral("addRulePushButton"));
    auto* removeRuleButton = new QPushButton(tr("Remove Rule"), this);
    removeRuleButton->setObjectName(QStringLiteral("removeRulePushButton"));
    auto* unreadableButton = new QPushButton(tr("Add Values That Cannot Be Read"), this);
    unreadableButton->setObjectName(QStringLiteral("addUnreadablePushButton"));
    unreadableButton->setToolTip(tr("A rule for each value of the sheet that Spyline cannot read as it is: say what "
                                    "each means, or leave it empty."));
    auto* loadButton = new QPushButton(tr("Load Map\u2026"), this);
    loadButton->setObjectName(QStringLiteral("loadMapPushButton"));
    auto* saveButton = new QPushButton(tr("Save Map\u2026"), this);
    saveButton->setObjectName(QStringLiteral("saveMapPushButton"));
    auto* timelineButton = new QPushButton(tr("TimelineJS Template"), this);
    timelineButton->setObjectName(QStringLiteral("timelineJsPushButton"));
    timelineButton->setToolTip(tr("The columns of the TimelineJS spreadsheet template, as statements."));

    auto* keyForm = new QFormLayout;
    keyForm->addRow(tr("&Key column"), m_key);
    auto* ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(addRuleButton);
    ruleButtons->addWidget(removeRuleButton);
    ruleButtons->addWidget(unreadableButton);
    ruleButtons->addStretch();
    ruleButtons->addWidget(timelineButton);
    ruleButtons->addWidget(loadButton);
    ruleButtons->addWidget(saveButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_columns, 3);
    layout->addLayout(keyForm);
    layout->addWidget(new QLabel(tr("Value rules"), this));
    layout->addWidget(m_rules, 2);
    layout->addLayout(ruleButtons);
    layout->addWidget(m_problem);

    connect(m_key, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_ownChange = true;
        m_assistant.setKey(m_key->currentData().toString());
        m_ownChange = false;
    });
    connect(m_rules, &QTableWidget::cellChanged, this, &ImportColumnsPage::rulesEdited);
    connect(addRuleButton, &QPushButton::clicked, this, [this] {
        addRule({}, {}, {});
        m_rules->setCurrentCell(m_rules->rowCount() - 1, TheirValueColumn);
    });
    connect(removeRuleButton, &QPushButton::clicked, this, [this] {
        const QList<QTableWidgetSelectionRange> ranges = m_rules->selectedRanges();
        QList<int> rows;
        for (const QTableWidgetSelectionRange& range : ranges) {
            for (int row = range.topRow(); row <= range.bottomRow(); ++row)
                rows.append(row);
        }
        if (rows.isEmpty() && m_rules->currentRow() >= 0)
            rows.append(m_rules->currentRow());
        std::sort(rows.begin(), rows.end(), std::greater<>());
        for (int row : std::as_const(rows))
            m_rules->removeRow(row);
        rulesEdited();
    });
    connect(unreadableButton, &QPushButton::clicked, this, &ImportColumnsPage::addUnreadableValues);
    connect(timelineButton, &QPushButton::clicked, this, [this] {
        auto map = ImportMap::builtIn(QStringLiteral("timelinejs"));
        Status s = map.status();
        if (map)
            s = m_assistant.useMap(*map);
        m_problem->setText(s ? QString() : s.error());
    });
    connect(loadButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load Import Map"), QDir::homePath(), mapFilter());
        if (!path.isEmpty()) {
            const Status s = loadMap(path);
            m_problem->setText(s ? QString() : s.error());
        }
    });
    connect(saveButton, &QPushButton::clicked, this, [this] {
        QString path = QFileDialog::getSaveFileName(this, tr("Save Import Map"), QDir::homePath(), mapFilter());
        if (path.isEmpty())
            return;
        if (!path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
            path += QStringLiteral(".map.json");
        const Status s = saveMap(path);
        m_problem->setText(s ? tr("Saved %1").arg(path) : s.error());
    });
    connect(&m_assistant, &ImportAssistant::mapChanged, this, &ImportColumnsPage::showMap);
}

void ImportColumnsPage::initializePage()
{
    showMap();
}

bool ImportColumnsPage::isComplete() const
{
    return m_assistant.map().validate().ok();
}

void ImportColumnsPage::showMap()
{
    if (!m_ownChange) {
        showColumns();
        showRules();
    }
    const Status valid = m_assistant.map().validate();
    m_problem->setText(valid ? QString() : valid.error());
    Q_EMIT completeChanged();
}

void ImportColumnsPage::showColumns()
{
    const SheetTable& table = m_assistant.table();
    const ImportMap& map = m_assistant.map();
    m_updating = true;
    m_columns->setRowCount(static_cast<int>(table.header.size()));
    for (int c = 0; c < table.header.size(); ++c) {
        const QString column = table.header.at(c);
        m_columns->setItem(c, SheetColumn, new QTableWidgetItem(column));
        QStringList examples;
        for (const SheetRow& row : table.rows) {
            const QString value = table.cell(row, c).simplified();
            if (!value.isEmpty() && !examples.contains(value))
                examples.append(value.left(40));
            if (examples.size() == 3)
                break;
        }
        m_columns->setItem(c, ExamplesColumn, new QTableWidgetItem(examples.join(QStringLiteral(" | "))));
        auto* combo = fieldChoice(map.records, m_columns);
        const QStringList fields = map.fieldsOf(column);
        combo->setCurrentIndex(std::max(0, combo->findData(fields.value(0))));
        if (fields.size() > 1)
            combo->setToolTip(tr("Also gives: %1").arg(fields.mid(1).join(QStringLiteral(", "))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, column] {
            if (m_updating)
                return;
            QStringList chosen = m_assistant.map().fieldsOf(column);
            const QString field = combo->currentData().toString();
            if (field.isEmpty())
                chosen.clear();
            else if (chosen.isEmpty())
                chosen = {field};
            else
                chosen[0] = field;
            m_ownChange = true;
            m_assistant.setColumnFields(column, chosen);
            m_ownChange = false;
        });
        m_columns->setCellWidget(c, FieldColumn, combo);
    }
    const QSignalBlocker blocker(m_key);
    m_key->clear();
    m_key->addItem(tr("(none: every row is a record of its own)"), QString());
    for (const QString& column : table.header)
        m_key->addItem(column, column);
    m_key->setCurrentIndex(std::max(0, m_key->findData(map.key)));
    m_updating = false;
}

void ImportColumnsPage::showRules()
{
    m_updating = true;
    const QSignalBlocker blocker(m_rules);
    m_rules->setRowCount(0);
    const ImportMap& map = m_assistant.map();
    for (auto it = map.values.constBegin(); it != map.values.constEnd(); ++it) {
        for (const ImportMap::ValueRule& rule : *it)
            addRule(it.key(), rule.from, rule.to);
    }
    m_updating = false;
}

void ImportColumnsPage::addRule(const QString& field, const QString& from, const QString& to)
{
    const QSignalBlocker blocker(m_rules);
    const int row = m_rules->rowCount();
    m_rules->insertRow(row);
    auto* combo = fieldChoice(m_assistant.map().records, m_rules);
    combo->setObjectName(QStringLiteral("ruleFieldComboBox"));
    combo->setItemText(0, tr("(choose a field)"));
    combo->setCurrentIndex(std::max(0, combo->findData(field)));
    connect(combo, &QComboBox::currentIndexChanged, this, &ImportColumnsPage::rulesEdited);
    m_rules->setCellWidget(row, RuleFieldColumn, combo);
    m_rules->setItem(row, TheirValueColumn, new QTableWidgetItem(from));
    m_rules->setItem(row, OurValueColumn, new QTableWidgetItem(to));
}

void ImportColumnsPage::rulesEdited()
{
    if (m_updating)
        return;
    QMap<QString, QList<ImportMap::ValueRule>> rules;
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        const auto* combo = qobject_cast<QComboBox*>(m_rules->cellWidget(row, RuleFieldColumn));
        const QString field = combo ? combo->currentData().toString() : QString();
        const QString from =
            m_rules->item(row, TheirValueColumn) ? m_rules->item(row, TheirValueColumn)->text() : QString();
        const QString to = m_rules->item(row, OurValueColumn) ? m_rules->item(row, OurValueColumn)->text() : QString();
        if (!field.isEmpty() && !from.trimmed().isEmpty())
            rules[field].append(ImportMap::ValueRule {from.trimmed(), to.trimmed()});
    }
    // The table stays as typed; the map takes the rules that are complete.
    m_ownChange = true;
    m_assistant.setValueRules(rules);
    m_ownChange = false;
}

void ImportColumnsPage::addUnreadableValues()
{
    const SheetPreview preview = previewSheet(m_assistant.table(), m_assistant.map(), true);
    QSet<QString> present;
    const ImportMap& map = m_assistant.map();
    for (auto it = map.values.constBegin(); it != map.values.constEnd(); ++it) {
        for (const ImportMap::ValueRule& rule : *it)
            present.insert(it.key() + u'\x1f' + rule.from.toCaseFolded());
    }
    QMap<QString, QList<ImportMap::ValueRule>> rules = map.values;
    for (const ImportProblem& problem : preview.problems) {
        if (problem.field.isEmpty() || problem.value.isEmpty())
            continue;
        const QString id = problem.field + u'\x1f' + problem.value.toCaseFolded();
        if (present.contains(id))
            continue;
        present.insert(id);
        rules[problem.field].append(ImportMap::ValueRule {problem.value, QString()});
    }
    m_assistant.setValueRules(rules);
}

Status ImportColumnsPage::loadMap(const QString& path)
{
    auto map = ImportMap::load(path);
    if (!map)
        return map.status();
    if (Status s = map->checkAgainst(m_assistant.table()); !s)
        return s;
    return m_assistant.useMap(*map);
}

Status ImportColumnsPage::saveMap(const QString& path)
{
    return m_assistant.map().save(path);
}

} // namespace Spyline
