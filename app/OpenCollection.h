#pragma once

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

class QUndoGroup;

namespace Spyline {

class CollectionEditor;
class Store;

// The collection a window has open: its store, its editor (whose undo history joins the window's
// undo group) and everything in the window that reads them. Replacing the collection detaches
// every reader, last attached first, before the old store closes, then attaches each in turn to
// the new one; closing detaches them too. A reader is told (nullptr, nullptr) when it must let go.
class OpenCollection : public QObject
{
    Q_OBJECT
public:
    using Reader = std::function<void(Store* store, CollectionEditor* editor)>;

    explicit OpenCollection(QUndoGroup* undoGroup, QObject* parent = nullptr);
    ~OpenCollection() override;

    // Readers attach in the order they are added.
    void addReader(Reader reader);
    void replace(std::unique_ptr<Store> store);
    void close();

    Store* store() const
    {
        return m_store.get();
    }
    CollectionEditor* editor() const
    {
        return m_editor.get();
    }

Q_SIGNALS:
    // An undo or redo that could not be done, with why.
    void undoFailed(const QString& message);

private:
    void detach();

    QUndoGroup* m_undoGroup;
    std::vector<Reader> m_readers;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<CollectionEditor> m_editor;
};

} // namespace Spyline
