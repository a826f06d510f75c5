#pragma once

#include <QLineEdit>
#include <QStringList>

namespace rectify {

// A line of names separated by "、" (or commas), completing each name from the
// units or people already in the ledger; new names are allowed.
class NameListEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NameListEdit)

public:
    explicit NameListEdit(QWidget *parent = nullptr);

    void setNames(const QStringList &names);
    QStringList names() const;
    void setCandidates(const QStringList &candidates);

    static QStringList split(const QString &text);
};

} // namespace rectify
