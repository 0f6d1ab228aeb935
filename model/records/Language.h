#pragma once

#include <QString>
#include <QStringList>

namespace Spyline {

// The language Spyline speaks: English ("en") or Simplified Chinese ("zh_CN"). Spyline's own
// translations are compiled into the program; Qt's, for the buttons of standard dialogs, come from
// Qt's translations folder. A language applies to every tr() and to QLocale() alike.
class Language
{
public:
    static QString english();
    static QString simplifiedChinese();
    // Every language Spyline speaks, by code.
    static QStringList codes();
    // The language a code people write means ("zh", "zh-CN", "zh_Hans_CN", "en_GB"), or empty
    // when Spyline does not speak it.
    static QString fromCode(QStringView code);
    // What the system asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG): Simplified Chinese when a
    // Chinese that reads it comes before English in its list, else English.
    static QString system();
    // The language's name as its speakers write it: "English", "简体中文".
    static QString nativeName(const QString& code);
    // Makes `code` (one of codes()) the language of the program: installs Spyline's and Qt's
    // translators in place of those of the language before and sets the default locale. Needs
    // the application object. False when the code is not one of codes() or Spyline's
    // translation for it is missing from the program; the language before stays then.
    static bool apply(const QString& code);
    // The language applied last: English before any.
    static QString current();

    // Speaks a language for as long as it lives, then the one before: a chart drawn in another
    // language than the window's.
    class Scope
    {
    public:
        explicit Scope(const QString& code);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;
        // False when the language asked for could not be applied.
        bool applied() const
        {
            return m_applied;
        }

    private:
        QString m_before;
        bool m_applied = false;
    };
};

} // namespace Spyline
