#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace rectify::cli {

// The options and positional arguments of one command. Options are --name or
// --name VALUE / --name=VALUE; "--" ends the options.
class CommandArgs final
{
public:
    // flags take no value, valued options take one. Returns false and sets *error
    // on an unknown option or a missing value.
    bool parse(const QStringList &args, const QSet<QString> &flags, const QSet<QString> &valued,
        QString *error);

    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name, const QString &fallback = QString()) const
    {
        return m_values.value(name, fallback);
    }
    const QStringList &positionals() const { return m_positionals; }

private:
    QHash<QString, QString> m_values;
    QStringList m_positionals;
};

} // namespace rectify::cli
