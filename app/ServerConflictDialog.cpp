#include "ServerConflictDialog.h"

#include "store/ServerSync.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Spyline {

namespace {

QString valueOf(const RecordValues& values, const QString& column)
{
    for (const auto& [name, value] : values) {
        if (name == column)
            return value;
    }
    return {};
}

// Kept by Spyline from other fields (a date's day numbers, a case's span): the same change of a field
// a person made shows there anyway.
bool isDerived(const QString& column)
{
    static const QStringList derived {QStringLiteral("id"),           QStringLiteral("first_day"),
                                      QStringLiteral("last_day"),     QStringLiteral("disclosed_day"),
                                      QStringLiteral("disclosed_to"), QStringLiteral("date_from"),
                                      QStringLiteral("date_to")};
    return derived.contains(column);
}

} // namespace

ServerConflictDialog::ServerConflictDialog(const QString& summary, const QList<SyncConflict>& conflicts,
                                           QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("serverConflictDialog"));
    setWindowTitle(tr("Changed by Someone Else"));
    auto* heading = new QLabel(summary, this);
    heading->setObjectName(QStringLiteral("conflictSummaryLabel"));
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);

    auto* records = new QTreeWidget(this);
    records->setObjectName(QStringLiteral("conflictTree"));
    records->setColumnCount(3);
    records->setHeaderLabels({tr("Field"), tr("On the server now"), tr("Yours")});
    records->setRootIsDecorated(true);
    records->setAlternatingRowColors(true);
    for (const SyncConflict& conflict : conflicts) {
        auto* record = new QTreeWidgetItem(records);
        const QString who = conflict.changedBy.join(QStringLiteral(", "));
        const QString what =
            describeRecord(conflict.record, conflict.server.isEmpty() ? conflict.mine : conflict.server);
        record->setText(0, tr("%1, changed by %2").arg(what, who));
        record->setFirstColumnSpanned(true);
        if (conflict.server.isEmpty() || conflict.mine.isEmpty()) {
            auto* gone = new QTreeWidgetItem(record);
            gone->setText(0, tr("(the whole record)"));
            gone->setText(1, conflict.server.isEmpty() ? tr("deleted") : tr("kept"));
            gone->setText(2, conflict.mine.isEmpty() ? tr("deleted") : tr("kept, with your values"));
        }
        // The fields that differ first, in bold; the others after them.
        const RecordValues& columns = conflict.mine.isEmpty() ? conflict.server : conflict.mine;
        QList<QTreeWidgetItem*> same;
        for (const auto& [column, value] : columns) {
            if (isDerived(column))
                continue;
            const QString theirs = valueOf(conflict.server, column);
            const QString mine = valueOf(conflict.mine, column);
            auto* field = new QTreeWidgetItem({QString(column).replace(u'_', u' '), theirs, mine});
            // A long text is cut in its column; the whole of it is in the tooltip.
            field->setToolTip(1, theirs);
            field->setToolTip(2, mine);
            if (theirs != mine && !conflict.server.isEmpty() && !conflict.mine.isEmpty()) {
                QFont bold = field->font(0);
                bold.setBold(true);
                for (int c = 0; c < 3; ++c)
                    field->setFont(c, bold);
                record->addChild(field);
            } else {
                same.append(field);
            }
        }
        record->addChildren(same);
        record->setExpanded(true);
    }
    records->header()->setStretchLastSection(false);
    records->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    records->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    records->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    records->setTextElideMode(Qt::ElideRight);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* keepTheirs = buttons->addButton(tr("Keep Theirs"), QDialogButtonBox::RejectRole);
    keepTheirs->setObjectName(QStringLiteral("keepTheirsButton"));
    keepTheirs->setToolTip(tr("Leave the server as it is; your change is not stored"));
    QPushButton* keepMine = buttons->addButton(tr("Keep Mine"), QDialogButtonBox::AcceptRole);
    keepMine->setObjectName(QStringLiteral("keepMineButton"));
    keepMine->setToolTip(tr("Store your change over theirs"));
    keepTheirs->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(records, 1);
    layout->addWidget(buttons);
    resize(720, 420);
}

} // namespace Spyline
