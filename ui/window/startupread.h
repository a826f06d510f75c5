#pragma once

#include "stats/alert.h"
#include "store/ledger.h"

#include <QDate>
#include <QMap>
#include <QObject>
#include <QString>
#include <QVector>

class QThread;

namespace rectify {

// What the window reads once it has been painted: the alerts dock's tasks, the
// status bar's counts and the start-up notice's figures.
struct StartupFigures
{
    QVector<qint64> alertIds; // in the dock's order
    LedgerCounts counts;
    QMap<AlertLevel, qint64> alerts;
    QString error; // empty when all was read
};

// Reads the StartupFigures of a ledger on a thread of its own, on a read-only
// connection of its own to the same ledger: on a million tasks they are whole-ledger
// queries of about two seconds, during which the window is already the user's.
// ready() comes on the object's thread, once per start(); the destructor waits for
// a read still running.
class StartupRead final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupRead)

public:
    explicit StartupRead(QObject *parent = nullptr);
    ~StartupRead() override;

    // The dock shows the tasks at `levels`, most urgent first (TaskSortKey::Alert).
    void start(const QString &path, const QDate &today, const AlertSettings &settings,
        const QVector<AlertLevel> &levels);
    bool isRunning() const;

Q_SIGNALS:
    void ready(const rectify::StartupFigures &figures);

private:
    QThread *m_thread = nullptr;
    StartupFigures m_figures;
};

} // namespace rectify
