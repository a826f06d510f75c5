#pragma once

#include <QDateEdit>

namespace rectify {

// A date field one can type into: wherever it is clicked or entered, the whole
// part under the cursor (year, month or day) is selected, so that typing "2025"
// replaces the year instead of being refused because the part is full. The
// calendar pops up from the arrow; the format is yyyy-MM-dd.
class DateEdit final : public QDateEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateEdit)

public:
    explicit DateEdit(QWidget *parent = nullptr);
    explicit DateEdit(const QDate &date, QWidget *parent = nullptr);

protected:
    void focusInEvent(QFocusEvent *event) override;
    // The clicks reach the line edit inside.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void selectCurrentPart();
};

} // namespace rectify
