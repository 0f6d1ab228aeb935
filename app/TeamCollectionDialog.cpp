#include "TeamCollectionDialog.h"

#include "Palette.h"
#include "store/ServerAddress.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Spyline {

TeamCollectionDialog::TeamCollectionDialog(QWidget* parent)
    : QDialog(parent)
    , m_address(new QLineEdit(this))
    , m_passwordLabel(new QLabel(tr("&Password"), this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("teamCollectionDialog"));
    setWindowTitle(tr("Connect to a Team Collection"));
    auto* intro = new QLabel(tr("A collection kept on a PostgreSQL server for a class or a newsroom. Spyline reads "
                                "one snapshot of it into a private copy: you browse, search and export it here; it "
                                "is changed on the server."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_address->setObjectName(QStringLiteral("addressLineEdit"));
    m_address->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database"));
    m_address->setClearButtonEnabled(true);
    m_address->setText(QSettings().value(lastAddressKey()).toString());
    auto* forms = new QLabel(tr("For example postgresql://teacher@db.school.example/class, or "
                                "postgresql:///class?host=/run/postgresql for the server's socket on this computer. "
                                "A password never goes into the address."),
                             this);
    forms->setObjectName(QStringLiteral("addressHintLabel"));
    forms->setWordWrap(true);
    forms->setTextFormat(Qt::PlainText);
    forms->setForegroundRole(QPalette::PlaceholderText);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    // Nothing typed here is offered to input methods' memories or to the clipboard.
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_password->setContextMenuPolicy(Qt::NoContextMenu);
    m_passwordLabel->setBuddy(m_password);
    m_passwordLabel->hide();
    m_password->hide();
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(Palette::problemLabelStyleSheet(palette()));
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->hide();
    auto* form = new QFormLayout;
    auto* addressLabel = new QLabel(tr("&Address"), this);
    addressLabel->setBuddy(m_address);
    form->addRow(addressLabel, m_address);
    form->addRow(m_passwordLabel, m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TeamCollectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textEdited, m_problem, &QWidget::hide);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(forms);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    // Wide enough for an address, tall enough for every wrapped line (adjusted again as a problem or
    // the password field shows).
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    adjustSize();
}

TeamCollectionDialog::~TeamCollectionDialog()
{
    m_password->clear();
}

QString TeamCollectionDialog::lastAddressKey()
{
    return QStringLiteral("team/lastAddress");
}

QString TeamCollectionDialog::address() const
{
    return m_address->text().trimmed();
}

void TeamCollectionDialog::setAddress(const QString& address)
{
    m_address->setText(address);
}

void TeamCollectionDialog::askForPassword(const QString& why)
{
    showProblem(why);
    m_passwordLabel->show();
    m_password->show();
    m_password->setFocus(Qt::OtherFocusReason);
    adjustSize();
}

QByteArray TeamCollectionDialog::takePassword()
{
    QByteArray password = m_password->text().toUtf8();
    m_password->clear();
    return password;
}

void TeamCollectionDialog::showProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    adjustSize();
}

void TeamCollectionDialog::accept()
{
    const QString text = address();
    if (text.isEmpty()) {
        showProblem(tr("Give the address of the collection, starting with postgresql://."));
        m_address->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!isServerAddress(text)) {
        showProblem(tr("%1 is not the address of a PostgreSQL server: it starts with postgresql://. A collection "
                       "file opens with File → Open Collection.")
                        .arg(text));
        m_address->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (Status s = checkServerAddress(text); !s) {
        showProblem(s.error());
        m_address->setFocus(Qt::OtherFocusReason);
        return;
    }
    // The address only: it never holds a password (checkServerAddress refuses one).
    QSettings().setValue(lastAddressKey(), text);
    QDialog::accept();
}

} // namespace Spyline
