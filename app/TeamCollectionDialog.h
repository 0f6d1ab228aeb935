#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Spyline {

// File → Connect to a Team Collection: the address of a collection on a PostgreSQL server
// (postgresql://[user@]host[:port]/database, or ?host=/folder for a Unix socket), checked before the
// dialog closes, and remembered for next time in the settings. A password field shows only once the
// server has asked for one; what is typed there is handed over once (takePassword) and cleared,
// and is never written to the settings or anywhere else.
class TeamCollectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TeamCollectionDialog(QWidget* parent = nullptr);
    ~TeamCollectionDialog() override;

    QString address() const;
    void setAddress(const QString& address);
    // The server asked for a password: the field shows, with `why` above it.
    void askForPassword(const QString& why);
    // The password typed, handed over once: the field is cleared.
    QByteArray takePassword();
    // A problem the last attempt met, in words, shown until the address changes.
    void showProblem(const QString& problem);

    void accept() override;

    // The settings key of the address last connected to (never with a password).
    static QString lastAddressKey();

private:
    QLineEdit* m_address;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_problem;
};

} // namespace Spyline
