#include "ui/datasafety/autobackup.h"

#include "store/backup.h"
#include "store/ledger.h"

#include <QThread>

namespace rectify {

AutoBackup::AutoBackup(QObject *parent)
    : QObject(parent)
{ }

AutoBackup::~AutoBackup()
{
    if (m_thread)
        m_thread->wait(); // deleted with this object, as its child
}

bool AutoBackup::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void AutoBackup::run(const Ledger &ledger)
{
    if (isRunning())
        return;
    if (!ledger.isOnServer()) {
        auto made = Backup::rotate(ledger);
        const QString file = made ? *made : QString();
        const QString error = made ? QString() : made.error();
        QMetaObject::invokeMethod(
            this, [this, file, error] { Q_EMIT finished(file, error); }, Qt::QueuedConnection);
        return;
    }
    // The worker's own connection: a QtSql connection belongs to the thread that
    // opened it.
    const QString address = ledger.path();
    const QString actor = ledger.actor();
    const Ledger::Clock clock = ledger.clock();
    delete m_thread;
    m_file.clear();
    m_error.clear();
    m_thread = QThread::create([this, address, actor, clock] {
        Ledger copy;
        copy.setActor(actor);
        if (clock)
            copy.setClock(clock);
        if (auto opened = copy.open(address, Ledger::OpenMode::ExistingOnly); !opened) {
            m_error = tr("The automatic backup failed: %1").arg(opened.error());
            return;
        }
        auto made = Backup::rotate(copy);
        if (made)
            m_file = *made;
        else
            m_error = made.error();
    });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this] { Q_EMIT finished(m_file, m_error); });
    m_thread->start(QThread::LowPriority);
}

} // namespace rectify
