#include "CanvasAccessible.h"

#include <QWidget>

#include <algorithm>
#include <mutex>
#include <utility>
#include <vector>

namespace Spyline {

CanvasAccessible::Announcer CanvasAccessible::s_announcer = &QAccessible::updateAccessibility;

namespace {

// The item the keyboard is on: read live from the canvas, so that it never tells stale text. A new
// one stands for each item the focus moves to.
class CanvasItemAccessible : public QAccessibleInterface
{
public:
    explicit CanvasItemAccessible(const CanvasAccessible* canvas)
        : m_canvas(canvas)
    {
    }

    bool isValid() const override
    {
        return m_canvas->isValid() && m_canvas->item().has_value();
    }
    QObject* object() const override
    {
        return nullptr;
    }
    QWindow* window() const override
    {
        return m_canvas->window();
    }
    QAccessibleInterface* childAt(int, int) const override
    {
        return nullptr;
    }
    QAccessibleInterface* parent() const override
    {
        return const_cast<CanvasAccessible*>(m_canvas);
    }
    QAccessibleInterface* child(int) const override
    {
        return nullptr;
    }
    int childCount() const override
    {
        return 0;
    }
    int indexOfChild(const QAccessibleInterface*) const override
    {
        return -1;
    }
    QString text(QAccessible::Text t) const override
    {
        const std::optional<CanvasItem> item = m_canvas->item();
        if (!item)
            return {};
        switch (t) {
        case QAccessible::Name:
            return item->name;
        case QAccessible::Description:
            return item->description;
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString&) override { }
    QRect rect() const override
    {
        const std::optional<CanvasItem> item = m_canvas->item();
        auto* canvas = qobject_cast<QWidget*>(m_canvas->object());
        if (!item || !canvas)
            return {};
        return QRect(canvas->mapToGlobal(item->rect.topLeft()), item->rect.size());
    }
    QAccessible::Role role() const override
    {
        const std::optional<CanvasItem> item = m_canvas->item();
        return item ? item->role : QAccessible::ListItem;
    }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        const std::optional<CanvasItem> item = m_canvas->item();
        auto* canvas = qobject_cast<QWidget*>(m_canvas->object());
        if (!item || !canvas) {
            state.invalid = true;
            return state;
        }
        state.focusable = true;
        state.focused = canvas->hasFocus();
        state.selectable = true;
        state.selected = item->selected;
        return state;
    }

private:
    const CanvasAccessible* m_canvas;
};

} // namespace

CanvasAccessible::CanvasAccessible(QWidget* canvas, FocusedItem focusedItem)
    : QAccessibleWidget(canvas, QAccessible::Chart)
    , m_focusedItem(std::move(focusedItem))
{
}

CanvasAccessible::~CanvasAccessible()
{
    forgetItem();
}

void CanvasAccessible::installFactory(QAccessible::InterfaceFactory factory)
{
    static std::mutex mutex;
    static std::vector<QAccessible::InterfaceFactory> installed;
    const std::lock_guard lock(mutex);
    if (std::find(installed.begin(), installed.end(), factory) != installed.end())
        return;
    installed.push_back(factory);
    QAccessible::installFactory(factory);
}

CanvasAccessible::Announcer CanvasAccessible::setAnnouncer(Announcer announcer)
{
    return std::exchange(s_announcer, announcer ? announcer : &QAccessible::updateAccessibility);
}

void CanvasAccessible::focusMoved(QWidget* canvas)
{
    // No screen reader listens: nothing to tell, and no interface to make.
    if (s_announcer == &QAccessible::updateAccessibility && !QAccessible::isActive())
        return;
    auto* accessible = dynamic_cast<CanvasAccessible*>(QAccessible::queryAccessibleInterface(canvas));
    if (!accessible)
        return;
    const std::optional<CanvasItem> item = accessible->item();
    if (!item || item->key != accessible->m_itemKey)
        accessible->forgetItem();
    if (!item || !canvas->hasFocus())
        return;
    QAccessibleEvent event(canvas, QAccessible::Focus);
    event.setChild(accessible->indexOfChild(accessible->itemInterface()));
    s_announcer(&event);
}

std::optional<CanvasItem> CanvasAccessible::item() const
{
    auto* canvas = qobject_cast<const QWidget*>(object());
    if (!canvas || !m_focusedItem)
        return std::nullopt;
    return m_focusedItem(*canvas);
}

QAccessibleInterface* CanvasAccessible::itemInterface() const
{
    const std::optional<CanvasItem> current = item();
    if (!current)
        return nullptr;
    if (m_itemId != 0 && current->key != m_itemKey)
        const_cast<CanvasAccessible*>(this)->forgetItem();
    if (m_itemId == 0) {
        m_itemId = QAccessible::registerAccessibleInterface(new CanvasItemAccessible(this));
        m_itemKey = current->key;
    }
    return QAccessible::accessibleInterface(m_itemId);
}

void CanvasAccessible::forgetItem()
{
    if (m_itemId == 0)
        return;
    QAccessible::deleteAccessibleInterface(m_itemId);
    m_itemId = 0;
    m_itemKey.clear();
}

// The focused item comes first, then whatever widgets the canvas holds (the timeline's scroll bar).
int CanvasAccessible::childCount() const
{
    return QAccessibleWidget::childCount() + (item() ? 1 : 0);
}

QAccessibleInterface* CanvasAccessible::child(int index) const
{
    if (QAccessibleInterface* focused = itemInterface()) {
        if (index == 0)
            return focused;
        return QAccessibleWidget::child(index - 1);
    }
    return QAccessibleWidget::child(index);
}

int CanvasAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    QAccessibleInterface* focused = itemInterface();
    if (focused && child == focused)
        return 0;
    const int index = QAccessibleWidget::indexOfChild(child);
    return index >= 0 && focused ? index + 1 : index;
}

QAccessibleInterface* CanvasAccessible::focusChild() const
{
    if (QAccessibleInterface* focused = itemInterface())
        return focused;
    return QAccessibleWidget::focusChild();
}

QAccessibleInterface* CanvasAccessible::childAt(int x, int y) const
{
    QAccessibleInterface* focused = itemInterface();
    if (focused && focused->rect().contains(x, y))
        return focused;
    return QAccessibleWidget::childAt(x, y);
}

} // namespace Spyline
