#pragma once

#include <QDateTime>
#include <QFrame>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QResizeEvent;

namespace Spyline {

// The bar above the views of a team collection: which server it comes from, whether the person's
// changes go there and others' come in as they are made (or why not), and a button for the Refresh
// action that takes a new snapshot. Plain text: the address is the person's own input, shown as given.
class TeamCollectionBanner : public QFrame
{
    Q_OBJECT
public:
    TeamCollectionBanner(QAction* refresh, QWidget* parent = nullptr);

    // What the bar says of the team collection shown.
    struct State
    {
        QString address;
        // When the window last held every change committed on the server.
        QDateTime inStepAt;
        // Others' changes come in as they are made.
        bool live = false;
        // The person's changes go to the server; else why not.
        bool editable = false;
        QString readOnlyReason;
        // Why the window does not follow the server now; empty when it does.
        QString problem;
    };
    void showState(const State& state);
    // While the collection is copied to this computer behind its timeline: what goes on, with a
    // progress bar and a button to cancel it; then how far the copy has come (`total` 0: not yet
    // known).
    void showCopying(const QString& address);
    void showCopyProgress(qint64 done, qint64 total);
    // The whole text, however much of it the bar's width shows.
    QString text() const;

Q_SIGNALS:
    // Cancel was pressed while the collection was being copied.
    void cancelCopyRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitText();
    void setText(const QString& text, const QString& address);

    QLabel* m_text;
    QProgressBar* m_progress;
    QPushButton* m_refresh;
    QPushButton* m_cancel;
    QString m_fullText;
};

} // namespace Spyline
