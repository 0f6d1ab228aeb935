#include "MergeReviewDialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Spyline {

namespace {

enum ItemColumn
{
    RecordColumn,
    MatchColumn,
    ChoiceColumn,
    ItemColumnCount,
};

QTableWidget* makeTable(QWidget* parent, const char* objectName, const QStringList& headers)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(QString::fromLatin1(objectName));
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->setWordWrap(true);
    return table;
}

} // namespace

MergeReviewDialog::MergeReviewDialog(MergePlan plan, QWidget* parent)
    : QDialog(parent)
    , m_plan(std::move(plan))
    , m_summary(new QLabel(this))
    , m_listed(new QComboBox(this))
    , m_items(makeTable(this, "itemsTableWidget", {tr("Record of theirs"), tr("Found here"), tr("Merging will")}))
    , m_reason(new QLabel(this))
    , m_fields(makeTable(this, "fieldsTableWidget", {tr("Field"), tr("This collection"), tr("Theirs")}))
    , m_keepMine(new QRadioButton(tr("Keep m&ine"), this))
    , m_takeTheirs(new QRadioButton(tr("Take &theirs"), this))
    , m_keepBoth(new QRadioButton(tr("Keep &both"), this))
    , m_choices(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("mergeReviewDialog"));
    setWindowTitle(tr("Merge %1").arg(m_plan.theirName));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_listed->setObjectName(QStringLiteral("listedComboBox"));
    m_listed->addItem(tr("Records to review: differences and close matches"), int(Listed::Review));
    m_listed->addItem(tr("Records to add or review"), int(Listed::Changes));
    m_listed->addItem(tr("Every record of theirs"), int(Listed::Everything));
    m_items->horizontalHeader()->setSectionResizeMode(RecordColumn, QHeaderView::Stretch);
    m_items->horizontalHeader()->setSectionResizeMode(MatchColumn, QHeaderView::ResizeToContents);
    m_items->horizontalHeader()->setSectionResizeMode(ChoiceColumn, QHeaderView::ResizeToContents);
    m_items->setWordWrap(false);
    m_reason->setObjectName(QStringLiteral("reasonLabel"));
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setWordWrap(true);
    m_fields->horizontalHeaderItem(2)->setText(tr("Theirs (%1)").arg(m_plan.theirName));
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_fields->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_fields->setSelectionMode(QAbstractItemView::NoSelection);
    m_keepMine->setObjectName(QStringLiteral("keepMineRadioButton"));
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirsRadioButton"));
    m_keepBoth->setObjectName(QStringLiteral("keepBothRadioButton"));
    m_choices->addButton(m_keepMine, int(MergeItem::Choice::KeepMine));
    m_choices->addButton(m_takeTheirs, int(MergeItem::Choice::TakeTheirs));
    m_choices->addButton(m_keepBoth, int(MergeItem::Choice::KeepBoth));

    auto* sideBySide = new QGroupBox(tr("Side by side"), this);
    auto* sideLayout = new QVBoxLayout(sideBySide);
    sideLayout->addWidget(m_reason);
    sideLayout->addWidget(m_fields, 1);
    auto* choiceRow = new QHBoxLayout;
    choiceRow->addWidget(m_keepMine);
    choiceRow->addWidget(m_takeTheirs);
    choiceRow->addWidget(m_keepBoth);
    choiceRow->addStretch(1);
    sideLayout->addLayout(choiceRow);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_items);
    split->addWidget(sideBySide);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("mergePushButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_listed);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_listed, &QComboBox::currentIndexChanged, this, &MergeReviewDialog::fillItems);
    connect(m_items, &QTableWidget::itemSelectionChanged, this, &MergeReviewDialog::showCurrent);
    connect(m_choices, &QButtonGroup::idClicked, this, [this](int id) { choose(static_cast<MergeItem::Choice>(id)); });

    // With nothing to review, the list shows what would be added.
    const MergePlan::Counts counts = m_plan.counts();
    if (counts.differs + counts.close == 0)
        m_listed->setCurrentIndex(1);
    fillItems();
    updateSummary();
    resize(980, 680);
}

MergeReviewDialog::~MergeReviewDialog() = default;

void MergeReviewDialog::updateSummary()
{
    m_summary->setText(tr("Merging %1 into this collection: %2.").arg(m_plan.theirName, m_plan.summary()));
}

void MergeReviewDialog::fillItems()
{
    const auto listed = static_cast<Listed>(m_listed->currentData().toInt());
    m_rows.clear();
    for (int i = 0; i < m_plan.items.size(); ++i) {
        const MergeItem& item = m_plan.items.at(i);
        const bool shown = listed == Listed::Everything
            || (listed == Listed::Changes && item.match != MergeItem::Match::Same) || item.needsReview();
        if (shown)
            m_rows.append(i);
    }
    m_items->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const MergeItem& item = m_plan.items.at(m_rows.at(row));
        m_items->setItem(row, RecordColumn, new QTableWidgetItem(item.label));
        m_items->setItem(row, MatchColumn, new QTableWidgetItem(item.matchText()));
        m_items->setItem(row, ChoiceColumn, new QTableWidgetItem(item.choiceText()));
    }
    if (!m_rows.isEmpty())
        showItem(0);
    else
        showCurrent();
}

int MergeReviewDialog::rowOf(MergeItem::Kind kind, Id theirs) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const MergeItem& item = m_plan.items.at(m_rows.at(row));
        if (item.kind == kind && item.theirs == theirs)
            return row;
    }
    return -1;
}

void MergeReviewDialog::showItem(int row)
{
    m_items->selectRow(row);
    showCurrent();
}

MergeItem* MergeReviewDialog::currentItem()
{
    const int row = m_items->currentRow();
    if (row < 0 || row >= m_rows.size() || m_items->selectedItems().isEmpty())
        return nullptr;
    return &m_plan.items[m_rows.at(row)];
}

void MergeReviewDialog::showCurrent()
{
    const MergeItem* item = currentItem();
    m_fields->setRowCount(0);
    const bool choosable = item && item->match != MergeItem::Match::New && item->match != MergeItem::Match::Same;
    for (QAbstractButton* button : m_choices->buttons())
        button->setEnabled(choosable);
    if (!item) {
        m_reason->setText(tr("Pick a record to see it side by side with the one here."));
        return;
    }
    if (item->match == MergeItem::Match::New)
        m_reason->setText(tr("Nothing here is like it: it will be added."));
    else if (item->match == MergeItem::Match::Close)
        m_reason->setText(tr("Perhaps the same record (%1). Keep both unless you know it is the same; then keep "
                             "mine or take theirs.")
                              .arg(item->reason));
    else
        m_reason->setText(tr("The same record (%1).").arg(item->reason));
    m_fields->setRowCount(int(item->fields.size()));
    for (int row = 0; row < item->fields.size(); ++row) {
        const MergeItem::Field& field = item->fields.at(row);
        m_fields->setItem(row, 0, new QTableWidgetItem(field.name));
        m_fields->setItem(row, 1, new QTableWidgetItem(field.mine));
        m_fields->setItem(row, 2, new QTableWidgetItem(field.theirs));
    }
    // A source at the same address is one source: it cannot be kept twice.
    const bool sameAddress = item->kind == MergeItem::Kind::Source && item->match != MergeItem::Match::Close;
    m_keepBoth->setEnabled(choosable && !sameAddress);
    m_keepMine->setText(item->match == MergeItem::Match::Close ? tr("The same: keep m&ine") : tr("Keep m&ine"));
    m_takeTheirs->setText(item->match == MergeItem::Match::Close ? tr("The same: take &theirs") : tr("Take &theirs"));
    if (QAbstractButton* button = m_choices->button(int(item->choice)))
        button->setChecked(true);
}

void MergeReviewDialog::choose(MergeItem::Choice choice)
{
    MergeItem* item = currentItem();
    if (!item || item->match == MergeItem::Match::New)
        return;
    item->choice = choice;
    m_items->item(m_items->currentRow(), ChoiceColumn)->setText(item->choiceText());
}

} // namespace Spyline
