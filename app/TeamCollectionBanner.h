#pragma once

#include <QFrame>

class QAction;
class QDateTime;
class QLabel;
class QResizeEvent;

namespace Spyline {

// The bar above the views of a team collection: which server it comes from and as of when, that
// the window only reads it, and a button for the Refresh action that takes a new snapshot. Plain
// text: the address is the person's own input, shown as given.
class TeamCollectionBanner : public QFrame
{
    Q_OBJECT
public:
    TeamCollectionBanner(QAction* refresh, QWidget* parent = nullptr);

    // Shows the banner for the snapshot of `address` taken at `takenAt`.
    void showSnapshot(const QString& address, const QDateTime& takenAt);
    // The whole text, however much of it the bar's width shows.
    QString text() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitText();

    QLabel* m_text;
    QString m_fullText;
};

} // namespace Spyline
