#include "FirstRunHint.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Spyline {

namespace {

// A button that acts as the action does and is enabled when the action is.
QPushButton* buttonFor(QAction* action, const QString& text, const char* objectName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setToolTip(action->toolTip());
    button->setEnabled(action->isEnabled());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
    return button;
}

} // namespace

FirstRunHint::FirstRunHint(QAction* newCase, QAction* importFile, QAction* openSample, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("firstRunHintFrame"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    auto* text = new QLabel(tr("This collection has no cases yet. Begin with one of these:"), this);
    text->setObjectName(QStringLiteral("firstRunHintLabel"));
    text->setTextFormat(Qt::PlainText);
    const QString keys = newCase->shortcut().toString(QKeySequence::NativeText);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttonFor(newCase, keys.isEmpty() ? tr("Add a Case") : tr("Add a Case (%1)").arg(keys),
                                "addCaseHintButton", this));
    layout->addWidget(buttonFor(importFile, tr("Import a Sheet\u2026"), "importHintButton", this));
    layout->addWidget(buttonFor(openSample, tr("Open the Sample"), "openSampleHintButton", this));
    layout->addStretch();
    setAccessibleName(tr("Getting started"));
    hide();
}

void FirstRunHint::setCaseCounts(int shown, int total)
{
    Q_UNUSED(shown);
    setVisible(total == 0);
}

} // namespace Spyline
