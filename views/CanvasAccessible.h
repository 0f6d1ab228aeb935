#pragma once

#include <QAccessibleWidget>
#include <QRect>
#include <QString>

#include <functional>
#include <optional>

namespace Spyline {

// The item of a drawn canvas (an event of the timeline, a node of the graph, a country of the map)
// that the keyboard is on, as assistive technology reads it. Plain text.
struct CanvasItem
{
    QString key; // stays the same while the focus stays on the same item
    QString name; // "Arrest of Zeng, 11 August 2023, …"
    QString description; // where it is among the others, what the keys do with it
    QRect rect; // in the canvas's coordinates
    QAccessible::Role role = QAccessible::ListItem;
    bool selected = false;
};

// The accessible side of a canvas that paints its items itself: the canvas is a chart whose one
// child is the item the keyboard focus is on, so that a screen reader names it as the arrow keys
// move. Each canvas installs a factory (TimelineAccessible, GraphAccessible, MapAccessible) that
// makes one with a function telling its focused item.
class CanvasAccessible : public QAccessibleWidget
{
public:
    using FocusedItem = std::function<std::optional<CanvasItem>(const QWidget& canvas)>;

    CanvasAccessible(QWidget* canvas, FocusedItem focusedItem);
    ~CanvasAccessible() override;

    // Installs a factory once, however often it is asked to.
    static void installFactory(QAccessible::InterfaceFactory factory);
    // The canvas's keyboard focus moved to another item (or to none): the child is made anew and,
    // when the canvas has the focus, assistive technology is told which item has it now.
    static void focusMoved(QWidget* canvas);
    // Where those focus notifications go: QAccessible::updateAccessibility by default, which hands
    // them to a screen reader when one listens (QAccessible::isActive()). Tests put a recorder in
    // its place, since without a screen reader Qt drops them. Returns the one it replaces.
    using Announcer = void (*)(QAccessibleEvent* event);
    static Announcer setAnnouncer(Announcer announcer);

    std::optional<CanvasItem> item() const;

    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* focusChild() const override;
    QAccessibleInterface* childAt(int x, int y) const override;

private:
    QAccessibleInterface* itemInterface() const;
    void forgetItem();

    static Announcer s_announcer;

    FocusedItem m_focusedItem;
    mutable QAccessible::Id m_itemId = 0;
    mutable QString m_itemKey;
};

} // namespace Spyline
