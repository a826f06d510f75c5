#include "ui/common/dateedit.h"

#include <QEvent>
#include <QLineEdit>

namespace rectify {

DateEdit::DateEdit(QWidget *parent)
    : DateEdit(QDate::currentDate(), parent)
{ }

DateEdit::DateEdit(const QDate &date, QWidget *parent)
    : QDateEdit(date, parent)
{
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    lineEdit()->installEventFilter(this);
}

void DateEdit::focusInEvent(QFocusEvent *event)
{
    QDateEdit::focusInEvent(event);
    selectCurrentPart();
}

bool DateEdit::eventFilter(QObject *watched, QEvent *event)
{
    const bool handled = QDateEdit::eventFilter(watched, event);
    if (watched == lineEdit() && event->type() == QEvent::MouseButtonRelease)
        selectCurrentPart();
    return handled;
}

void DateEdit::selectCurrentPart()
{
    // The format is yyyy-MM-dd: the year up to the first dash, then month, then day.
    const int cursor = lineEdit()->cursorPosition();
    const Section part = cursor <= 4 ? YearSection : cursor <= 7 ? MonthSection : DaySection;
    setCurrentSection(part);
    setSelectedSection(part);
}

} // namespace rectify
