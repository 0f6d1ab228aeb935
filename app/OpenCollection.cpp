#include "OpenCollection.h"

#include "editing/CollectionEditor.h"
#include "store/Store.h"

#include <QUndoGroup>
#include <QUndoStack>

namespace Spyline {

OpenCollection::OpenCollection(QUndoGroup* undoGroup, QObject* parent)
    : QObject(parent)
    , m_undoGroup(undoGroup)
{
}

OpenCollection::~OpenCollection()
{
    detach();
}

void OpenCollection::addReader(Reader reader)
{
    if (m_store)
        reader(m_store.get(), m_editor.get());
    m_readers.push_back(std::move(reader));
}

void OpenCollection::replace(std::unique_ptr<Store> store)
{
    detach();
    m_store = std::move(store);
    if (!m_store)
        return;
    m_editor = std::make_unique<CollectionEditor>(*m_store);
    m_undoGroup->addStack(m_editor->undoStack());
    m_undoGroup->setActiveStack(m_editor->undoStack());
    connect(m_editor.get(), &CollectionEditor::failed, this, &OpenCollection::undoFailed);
    for (const Reader& reader : m_readers)
        reader(m_store.get(), m_editor.get());
}

void OpenCollection::close()
{
    detach();
}

void OpenCollection::detach()
{
    if (!m_store)
        return;
    for (auto reader = m_readers.rbegin(); reader != m_readers.rend(); ++reader)
        (*reader)(nullptr, nullptr);
    // The editor's undo stack leaves the group as it is deleted; then the store closes.
    m_editor.reset();
    m_store.reset();
}

} // namespace Spyline
