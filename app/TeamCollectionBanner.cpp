#include "TeamCollectionBanner.h"

#include "JobProgressDialog.h"
#include "store/ServerAddress.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>

#include <algorithm>

namespace Spyline {

TeamCollectionBanner::TeamCollectionBanner(QAction* refresh, QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("teamCollectionBannerFrame"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("teamCollectionBannerLabel"));
    m_text->setTextFormat(Qt::PlainText);
    // One line, cut at its end where the bar is narrow; the whole text is in its tooltip.
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_text->setForegroundRole(QPalette::ToolTipText);
    const QString keys = refresh->shortcut().toString(QKeySequence::NativeText);
    m_refresh = new QPushButton(keys.isEmpty() ? tr("Refresh") : tr("Refresh (%1)").arg(keys), this);
    m_refresh->setObjectName(QStringLiteral("refreshBannerButton"));
    m_refresh->setToolTip(refresh->toolTip());
    connect(m_refresh, &QPushButton::clicked, refresh, &QAction::trigger);
    connect(refresh, &QAction::changed, m_refresh, [this, refresh] { m_refresh->setEnabled(refresh->isEnabled()); });
    m_progress->setObjectName(QStringLiteral("teamCopyProgress"));
    m_progress->setAccessibleName(tr("Copy of the team collection"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelTeamCopyButton"));
    m_cancel->setToolTip(tr("Stop copying the team collection to this computer"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &TeamCollectionBanner::cancelCopyRequested);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_refresh);
    setAccessibleName(tr("Team collection"));
    hide();
}

void TeamCollectionBanner::showState(const State& state)
{
    // What matters most first, the collection's short name and what the window does with it, since the
    // bar may be too narrow for the rest; the whole address is in the tooltip.
    const QString name = serverCollectionName(state.address);
    const QString when = QLocale().toString(state.inStepAt, QLocale::ShortFormat);
    QString text;
    if (!state.problem.isEmpty()) {
        text = tr("Team collection %1 as of %2: the window does not follow the server now (%3). It tries again by "
                  "itself; Refresh takes a new snapshot.")
                   .arg(name, when, state.problem);
    } else if (state.editable) {
        text = state.live ? tr("Team collection %1: your changes go to the server as you make them, and others' appear "
                               "here as they make them.")
                                .arg(name)
                          : tr("Team collection %1: your changes go to the server as you make them; connecting to "
                               "hear of others'…")
                                .arg(name);
    } else {
        text = state.live
            ? tr("Team collection %1, read-only for you: %2. Others' changes appear here as they make "
                 "them.")
                  .arg(name, state.readOnlyReason)
            : tr("Team collection %1 as of %2, read-only for you: %3.").arg(name, when, state.readOnlyReason);
    }
    m_progress->hide();
    m_cancel->hide();
    m_refresh->show();
    setText(text, state.address);
}

void TeamCollectionBanner::showCopying(const QString& address)
{
    const QString name = serverCollectionName(address);
    setText(tr("Copying team collection %1 to this computer: its timeline is here already; the case list, search, "
               "the other views and editing follow when the copy is complete.")
                .arg(name),
            address);
    showCopyProgress(0, 0);
    m_progress->show();
    m_cancel->show();
    m_refresh->hide();
}

void TeamCollectionBanner::showCopyProgress(qint64 done, qint64 total)
{
    const ProgressSteps steps = progressSteps(done, total);
    m_progress->setRange(0, steps.maximum);
    m_progress->setValue(steps.value);
}

void TeamCollectionBanner::setText(const QString& text, const QString& address)
{
    m_fullText = text;
    // Marked as rich text and escaped, so that the address shows exactly as given.
    m_text->setToolTip(QStringLiteral("<qt>") + m_fullText.toHtmlEscaped() + QStringLiteral("<br>")
                       + serverAddressForDisplay(address).toHtmlEscaped() + QStringLiteral("</qt>"));
    fitText();
    show();
}

QString TeamCollectionBanner::text() const
{
    return m_fullText;
}

void TeamCollectionBanner::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    fitText();
}

void TeamCollectionBanner::fitText()
{
    m_text->setText(m_text->fontMetrics().elidedText(m_fullText, Qt::ElideRight, std::max(0, m_text->width())));
}

} // namespace Spyline
