#include "ActorDialog.h"

#include "CountryEdit.h"
#include "PartialDateEdit.h"
#include "store/ActorRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Spyline {

ActorDialog::ActorDialog(Store& store, Save save, QWidget* parent)
    : RecordDialog(store, std::move(save), parent)
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_nativeName(new QLineEdit(this))
    , m_aliases(new QLineEdit(this))
    , m_country(new CountryEdit(this))
    , m_born(new PartialDateEdit(this))
    , m_partOf(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("actorDialog"));
    setWindowTitle(tr("New Person or Organisation"));
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    for (ActorKind kind : allValues<ActorKind>())
        m_kind->addItem(toLabel(kind), toKey(kind));
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_nativeName->setObjectName(QStringLiteral("nativeNameLineEdit"));
    m_nativeName->setPlaceholderText(tr("in its own script, e.g. 曾"));
    m_aliases->setObjectName(QStringLiteral("aliasesLineEdit"));
    m_aliases->setPlaceholderText(tr("other names, separated by semicolons"));
    m_country->setObjectName(QStringLiteral("countryLineEdit"));
    m_born->setObjectName(QStringLiteral("bornDateEdit"));
    m_partOf->setObjectName(QStringLiteral("partOfComboBox"));
    m_partOf->addItem(tr("(none)"), 0);
    for (const Actor& actor : ActorRepository(store).all().value_or({})) {
        if (actor.kind != ActorKind::Person)
            m_partOf->addItem(actor.name, actor.id);
    }
    m_notes->setObjectName(QStringLiteral("notesPlainTextEdit"));
    m_notes->setTabChangesFocus(true);
    form()->addRow(tr("Kind"), m_kind);
    form()->addRow(tr("Name *"), m_name);
    form()->addRow(tr("Native-script name"), m_nativeName);
    form()->addRow(tr("Aliases"), m_aliases);
    form()->addRow(tr("Country"), m_country);
    form()->addRow(tr("Born"), m_born);
    form()->addRow(tr("Part of"), m_partOf);
    form()->addRow(tr("Notes"), m_notes);
    resize(560, 420);
}

Status ActorDialog::loadActor(Id actorId)
{
    auto actor = ActorRepository(store()).get(actorId);
    if (!actor)
        return actor.status();
    m_before.actors = {*actor};
    m_actorId = actorId;
    setWindowTitle(tr("Edit Person or Organisation"));
    m_kind->setCurrentIndex(m_kind->findData(toKey(actor->kind)));
    m_name->setText(actor->name);
    m_nativeName->setText(actor->nativeName);
    m_aliases->setText(actor->aliases.join(QStringLiteral("; ")));
    m_country->setCode(actor->country);
    m_born->setDate(actor->born);
    m_partOf->removeItem(m_partOf->findData(actorId));
    m_partOf->setCurrentIndex(std::max(0, m_partOf->findData(actor->partOf)));
    m_notes->setPlainText(actor->notes);
    return {};
}

Result<RecordSet> ActorDialog::records() const
{
    if (m_name->text().trimmed().isEmpty())
        return fail(tr("Name: a name is required"));
    if (!m_country->isValid())
        return fail(tr("Country: \"%1\" is not a country Spyline knows").arg(m_country->text()));
    if (!m_born->isValid())
        return fail(tr("Born: %1").arg(m_born->problem()));
    Actor actor;
    actor.id = m_actorId;
    actor.kind = fromKey<ActorKind>(m_kind->currentData().toString()).value_or(ActorKind::Person);
    actor.name = m_name->text().trimmed();
    actor.nativeName = m_nativeName->text().trimmed();
    for (const QString& alias : m_aliases->text().split(u';', Qt::SkipEmptyParts)) {
        if (!alias.trimmed().isEmpty())
            actor.aliases.append(alias.trimmed());
    }
    actor.country = m_country->code();
    actor.born = m_born->date().value_or(PartialDate());
    actor.partOf = m_partOf->currentData().toLongLong();
    actor.notes = m_notes->toPlainText().trimmed();
    RecordSet set;
    set.actors = {actor};
    return set;
}

} // namespace Spyline
