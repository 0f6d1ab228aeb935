#pragma once

#include <QDialog>

namespace Spyline {

struct SyncConflict;

// Someone else changed on the server the records a change made here would overwrite: the dialog
// shows each record's values on the server now beside the ones the change would store, the fields
// that differ first, and lets the person keep theirs over the others' or leave the others' in place
// (the default, which overwrites nothing). Values are shown as plain text.
class ServerConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ServerConflictDialog(const QString& summary, const QList<SyncConflict>& conflicts, QWidget* parent = nullptr);

    // Accepted: the person keeps their change over the others'.
    static constexpr int KeepMine = QDialog::Accepted;
};

} // namespace Spyline
