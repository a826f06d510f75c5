#include "ui/common/dateedit.h"

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
}

void DateEdit::focusInEvent(QFocusEvent *event)
{
    QDateEdit::focusInEvent(event);
    selectCurrentPart();
}

void DateEdit::mouseReleaseEvent(QMouseEvent *event)
{
    QDateEdit::mouseReleaseEvent(event);
    selectCurrentPart();
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
