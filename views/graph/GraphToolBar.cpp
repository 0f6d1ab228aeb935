#include "GraphToolBar.h"

#include "AccessibleNames.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

namespace Spyline {

GraphToolBar::GraphToolBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("graphToolBar"));
    auto* bar = new QHBoxLayout(this);
    bar->setContentsMargins(6, 4, 6, 0);

    m_layout = new QComboBox(this);
    m_layout->setObjectName(QStringLiteral("layoutComboBox"));
    m_layout->setAccessibleName(tr("Graph layout"));
    m_layout->addItem(tr("Relations"));
    m_layout->addItem(tr("Chronology"));
    m_layout->setToolTip(tr("Relations: who is tied to whom. Chronology: statements and announcements in time "
                            "order, left to right."));
    connect(m_layout, &QComboBox::currentIndexChanged, this, [this](int index) {
        Q_EMIT layoutKindChosen(index == 1 ? GraphLayoutKind::Chronology : GraphLayoutKind::Relations);
    });

    m_kinds = new QToolButton(this);
    m_kinds->setObjectName(QStringLiteral("nodeKindsToolButton"));
    m_kinds->setText(tr("Show"));
    m_kinds->setToolTip(tr("Which kinds of node the graph shows"));
    m_kinds->setPopupMode(QToolButton::InstantPopup);
    auto* kinds = new QMenu(m_kinds);
    for (int k = 0; k < graphNodeKindCount; ++k) {
        const auto kind = static_cast<GraphNodeKind>(k);
        QAction* action = kinds->addAction(graphNodeKindLabel(kind));
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(k);
        connect(action, &QAction::toggled, this, [this, kind](bool on) { Q_EMIT nodeKindToggled(kind, on); });
    }
    m_kinds->setMenu(kinds);

    m_ego = new QSpinBox(this);
    m_ego->setObjectName(QStringLiteral("egoHopsSpinBox"));
    m_ego->setAccessibleName(tr("Ego view"));
    m_ego->setRange(0, 6);
    m_ego->setPrefix(tr("Ego view: "));
    m_ego->setSuffix(tr(" hops"));
    m_ego->setSpecialValueText(tr("Ego view: off"));
    m_ego->setToolTip(tr("Show only what lies within this many ties of the selection"));
    connect(m_ego, &QSpinBox::valueChanged, this, &GraphToolBar::egoHopsChosen);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("findNodeLineEdit"));
    m_search->setAccessibleName(tr("Find a node"));
    m_search->setPlaceholderText(tr("Find a node…"));
    m_search->setClearButtonEnabled(true);
    AccessibleNames::nameClearButton(m_search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { Q_EMIT findRequested(m_search->text()); });

    const auto button = [this](const QString& name, const QString& text, const QString& tip) {
        auto* b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        return b;
    };
    QToolButton* relayout = button(QStringLiteral("relayoutToolButton"), tr("Lay out again"),
                                   tr("Lay out the graph again; dragged nodes stay where you put them"));
    QToolButton* reset = button(QStringLiteral("resetPositionsToolButton"), tr("Undo drags"),
                                tr("Let dragged nodes go back to where the layout puts them"));
    QToolButton* fit = button(QStringLiteral("fitToolButton"), tr("Fit"), tr("Show the whole graph (0)"));
    QToolButton* legend = button(QStringLiteral("legendToolButton"), tr("Legend"), tr("Show or hide the legend"));
    legend->setCheckable(true);
    legend->setChecked(true);
    connect(relayout, &QToolButton::clicked, this, &GraphToolBar::relayoutRequested);
    connect(reset, &QToolButton::clicked, this, &GraphToolBar::resetRequested);
    connect(fit, &QToolButton::clicked, this, &GraphToolBar::fitRequested);
    connect(legend, &QToolButton::toggled, this, &GraphToolBar::legendToggled);

    bar->addWidget(m_layout);
    bar->addWidget(m_kinds);
    bar->addWidget(m_ego);
    bar->addWidget(m_search, 1);
    bar->addWidget(relayout);
    bar->addWidget(reset);
    bar->addWidget(fit);
    bar->addWidget(legend);
}

void GraphToolBar::setLayoutKind(GraphLayoutKind layout)
{
    const QSignalBlocker blocker(m_layout);
    m_layout->setCurrentIndex(layout == GraphLayoutKind::Chronology ? 1 : 0);
}

void GraphToolBar::setEgoHops(int hops)
{
    const QSignalBlocker blocker(m_ego);
    m_ego->setValue(hops);
}

void GraphToolBar::setNodeKindVisible(GraphNodeKind kind, bool visible)
{
    const auto actions = m_kinds->menu()->actions();
    for (QAction* action : actions) {
        if (action->data().toInt() == static_cast<int>(kind)) {
            const QSignalBlocker blocker(action);
            action->setChecked(visible);
        }
    }
}

} // namespace Spyline
