#include "ui/tasks/namelistedit.h"

#include <QCompleter>
#include <QRegularExpression>
#include <QStringListModel>

namespace rectify {

namespace {

// Completes the name after the last separator, keeping the names before it.
const QRegularExpression &separators()
{
    static const QRegularExpression re(QStringLiteral("[、,，;；]"));
    return re;
}

// Completes the name after the last separator, keeping the names before it.
class NameCompleter final : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString &path) const override
    {
        return { path.mid(path.lastIndexOf(separators()) + 1).trimmed() };
    }
    QString pathFromIndex(const QModelIndex &index) const override
    {
        auto *edit = qobject_cast<QLineEdit *>(widget());
        const QString text = edit ? edit->text() : QString();
        return text.left(text.lastIndexOf(separators()) + 1) + index.data().toString();
    }
};

} // namespace

NameListEdit::NameListEdit(QWidget *parent)
    : QLineEdit(parent)
{
    auto *completer = new NameCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    setCompleter(completer);
    setPlaceholderText(tr("Names separated by 、"));
}

QStringList NameListEdit::split(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(separators())) {
        const QString name = part.trimmed();
        if (!name.isEmpty())
            out << name;
    }
    return out;
}

void NameListEdit::setNames(const QStringList &names)
{
    setText(names.join(QStringLiteral("、")));
}

QStringList NameListEdit::names() const
{
    return split(text());
}

void NameListEdit::setCandidates(const QStringList &candidates)
{
    if (auto *model = qobject_cast<QStringListModel *>(completer()->model()))
        model->setStringList(candidates);
}

} // namespace rectify
