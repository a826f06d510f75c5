#include "ui/window/startupread.h"

#include "search/taskquery.h"

#include <QThread>

namespace rectify {

StartupRead::StartupRead(QObject *parent)
    : QObject(parent)
{ }

StartupRead::~StartupRead()
{
    if (m_thread)
        m_thread->wait(); // deleted with this object, as its child
}

bool StartupRead::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void StartupRead::start(const QString &path, const QDate &today, const AlertSettings &settings,
    const QVector<AlertLevel> &levels)
{
    if (isRunning())
        return;
    delete m_thread;
    m_figures = StartupFigures();
    // A QtSql connection belongs to the thread that opened it: the worker opens its own.
    m_thread = QThread::create([this, path, today, settings, levels] {
        Ledger ledger;
        if (Status opened = ledger.open(path, Ledger::OpenMode::ReadOnly); !opened) {
            m_figures.error = opened.error();
            return;
        }
        // The dock's tasks and the counts by level in one pass over the tasks.
        auto overview = TaskQuery(today, settings).alertOverview(ledger, levels);
        auto counts = ledger.counts();
        if (!overview || !counts) {
            m_figures.error = !overview ? overview.error() : counts.error();
            return;
        }
        m_figures.alertIds = std::move(overview->ids);
        m_figures.counts = *counts;
        m_figures.alerts = overview->counts;
    });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this] { Q_EMIT ready(m_figures); });
    m_thread->start();
}

} // namespace rectify
