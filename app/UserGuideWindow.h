#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QUrl;

namespace Spyline {

// The bundled user guide in a window of its own: contents, back and forward, and a search that
// narrows the contents to the pages holding the words and steps through them where they occur.
class UserGuideWindow : public QWidget
{
    Q_OBJECT
public:
    explicit UserGuideWindow(QWidget* parent = nullptr);
    ~UserGuideWindow() override;

    void showPage(const QString& file);
    // Moves to the next place the search words occur, on this page or the next one that has them.
    void findNext();
    void findPrevious();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void onSourceChanged(const QUrl& url);
    void onLinkClicked(const QUrl& link);
    void onSearchChanged();
    void highlightMatches();
    bool findOnPage(bool backward, bool fromEdge);
    void find(bool backward);

    QTextBrowser* m_browser;
    QListWidget* m_contents;
    QLineEdit* m_search;
    QLabel* m_searchResult;
    QAction* m_backAction;
    QAction* m_forwardAction;
    QAction* m_homeAction;
    QAction* m_findNextAction;
    QAction* m_findPreviousAction;
};

} // namespace Spyline
