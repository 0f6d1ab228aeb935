#include "UserGuideWindow.h"

#include "UserGuide.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace Spyline {

namespace {

constexpr int FileRole = Qt::UserRole;

QIcon themeIcon(const char* name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name), QApplication::style()->standardIcon(fallback));
}

} // namespace

UserGuideWindow::UserGuideWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
    , m_contents(new QListWidget(this))
    , m_search(new QLineEdit(this))
    , m_searchResult(new QLabel(this))
{
    setObjectName(QStringLiteral("userGuideWindow"));
    setWindowTitle(tr("Spyline User Guide"));
    m_browser->setObjectName(QStringLiteral("guideTextBrowser"));
    // Links are followed here: a page of the guide opens in the language Spyline speaks, a web
    // address (http or https only) in the browser.
    m_browser->setOpenLinks(false);
    m_browser->document()->setDocumentMargin(12);
    m_contents->setObjectName(QStringLiteral("guideContentsListWidget"));
    m_contents->setAccessibleName(tr("Contents"));
    for (const UserGuide::Page& page : UserGuide::pages()) {
        auto* item = new QListWidgetItem(page.title, m_contents);
        item->setData(FileRole, page.file);
    }
    m_search->setObjectName(QStringLiteral("guideSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search the guide"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the guide"));
    m_searchResult->setObjectName(QStringLiteral("guideSearchResultLabel"));

    auto* tools = new QToolBar(this);
    tools->setObjectName(QStringLiteral("guideToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_backAction = tools->addAction(themeIcon("go-previous", QStyle::SP_ArrowBack), tr("Back"));
    m_backAction->setObjectName(QStringLiteral("guideBackAction"));
    m_backAction->setShortcut(QKeySequence::Back);
    m_forwardAction = tools->addAction(themeIcon("go-next", QStyle::SP_ArrowForward), tr("Forward"));
    m_forwardAction->setObjectName(QStringLiteral("guideForwardAction"));
    m_forwardAction->setShortcut(QKeySequence::Forward);
    m_homeAction = tools->addAction(themeIcon("go-home", QStyle::SP_DirHomeIcon), tr("Contents"));
    m_homeAction->setObjectName(QStringLiteral("guideHomeAction"));
    m_homeAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    tools->addSeparator();
    tools->addWidget(m_search);
    m_findPreviousAction = tools->addAction(themeIcon("go-up", QStyle::SP_ArrowUp), tr("Previous"));
    m_findPreviousAction->setObjectName(QStringLiteral("guideFindPreviousAction"));
    m_findPreviousAction->setShortcut(QKeySequence::FindPrevious);
    m_findPreviousAction->setToolTip(
        tr("The previous place the words occur (%1)")
            .arg(QKeySequence(QKeySequence::FindPrevious).toString(QKeySequence::NativeText)));
    m_findNextAction = tools->addAction(themeIcon("go-down", QStyle::SP_ArrowDown), tr("Next"));
    m_findNextAction->setObjectName(QStringLiteral("guideFindNextAction"));
    m_findNextAction->setShortcut(QKeySequence::FindNext);
    m_findNextAction->setToolTip(tr("The next place the words occur (%1)")
                                     .arg(QKeySequence(QKeySequence::FindNext).toString(QKeySequence::NativeText)));
    tools->addWidget(m_searchResult);
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    addAction(find);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 720});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(tools);
    layout->addWidget(splitter);

    connect(m_backAction, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(m_forwardAction, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(m_homeAction, &QAction::triggered, this, [this] { showPage(QStringLiteral("index.html")); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_backAction, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forwardAction, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &UserGuideWindow::onSourceChanged);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuideWindow::onLinkClicked);
    connect(m_contents, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { showPage(item->data(FileRole).toString()); });
    connect(m_contents, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { showPage(item->data(FileRole).toString()); });
    connect(m_search, &QLineEdit::textChanged, this, &UserGuideWindow::onSearchChanged);
    connect(m_search, &QLineEdit::returnPressed, this, &UserGuideWindow::findNext);
    connect(m_findNextAction, &QAction::triggered, this, &UserGuideWindow::findNext);
    connect(m_findPreviousAction, &QAction::triggered, this, &UserGuideWindow::findPrevious);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    m_backAction->setEnabled(false);
    m_forwardAction->setEnabled(false);
    onSearchChanged();
    resize(960, 720);
    restoreGeometry(QSettings().value(QStringLiteral("guide/geometry")).toByteArray());
    m_browser->setSource(UserGuide::home());
}

UserGuideWindow::~UserGuideWindow() = default;

void UserGuideWindow::showPage(const QString& file)
{
    m_browser->setSource(UserGuide::urlOf(file));
}

void UserGuideWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(QStringLiteral("guide/geometry"), saveGeometry());
    event->accept();
}

void UserGuideWindow::onSourceChanged(const QUrl& url)
{
    const QString file = UserGuide::fileOf(url);
    for (int row = 0; row < m_contents->count(); ++row) {
        if (m_contents->item(row)->data(FileRole).toString() == file) {
            m_contents->setCurrentRow(row);
            break;
        }
    }
    highlightMatches();
}

void UserGuideWindow::onLinkClicked(const QUrl& link)
{
    const QUrl target = UserGuide::resolve(m_browser->source(), link);
    if (!UserGuide::fileOf(target).isEmpty())
        m_browser->setSource(target);
    else if (target.scheme() == QStringLiteral("http") || target.scheme() == QStringLiteral("https"))
        QDesktopServices::openUrl(target);
}

void UserGuideWindow::onSearchChanged()
{
    const QString query = m_search->text().trimmed();
    const QStringList matching = UserGuide::pagesMatching(query);
    for (int row = 0; row < m_contents->count(); ++row) {
        QListWidgetItem* item = m_contents->item(row);
        item->setHidden(!matching.contains(item->data(FileRole).toString()));
    }
    m_findNextAction->setEnabled(!query.isEmpty() && !matching.isEmpty());
    m_findPreviousAction->setEnabled(!query.isEmpty() && !matching.isEmpty());
    if (query.isEmpty())
        m_searchResult->clear();
    else if (matching.isEmpty())
        m_searchResult->setText(tr("Not in the guide"));
    else
        m_searchResult->setText(tr("On %n page(s)", nullptr, static_cast<int>(matching.size())));
    highlightMatches();
}

// Every place on the page where one of the words occurs, marked as a search hit.
void UserGuideWindow::highlightMatches()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QStringList words = m_search->text().split(u' ', Qt::SkipEmptyParts);
    QTextCharFormat mark;
    mark.setBackground(palette().brush(QPalette::Highlight));
    mark.setForeground(palette().brush(QPalette::HighlightedText));
    for (const QString& word : words) {
        QTextCursor cursor(m_browser->document());
        while (!(cursor = m_browser->document()->find(word, cursor)).isNull())
            selections.append({cursor, mark});
    }
    m_browser->setExtraSelections(selections);
}

// The next place on this page where the first word occurs, after the cursor or from the page's edge.
bool UserGuideWindow::findOnPage(bool backward, bool fromEdge)
{
    const QString word = m_search->text().split(u' ', Qt::SkipEmptyParts).value(0);
    if (word.isEmpty())
        return false;
    if (fromEdge) {
        QTextCursor edge(m_browser->document());
        edge.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(edge);
    }
    return m_browser->find(word, backward ? QTextDocument::FindBackward : QTextDocument::FindFlags());
}

void UserGuideWindow::find(bool backward)
{
    if (findOnPage(backward, false))
        return;
    // Past the last place on this page: on to the next page that holds the words, round the guide.
    const QStringList matching = UserGuide::pagesMatching(m_search->text().trimmed());
    if (matching.isEmpty())
        return;
    const qsizetype here = matching.indexOf(UserGuide::fileOf(m_browser->source()));
    const qsizetype count = matching.size();
    const qsizetype next = here < 0 ? (backward ? count - 1 : 0) : (here + (backward ? count - 1 : 1)) % count;
    if (matching.at(next) != UserGuide::fileOf(m_browser->source()))
        showPage(matching.at(next));
    findOnPage(backward, true);
}

void UserGuideWindow::findNext()
{
    find(false);
}

void UserGuideWindow::findPrevious()
{
    find(true);
}

} // namespace Spyline
