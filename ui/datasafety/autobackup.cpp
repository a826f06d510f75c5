#include "ui/datasafety/autobackup.h"

#include "store/backup.h"
#include "store/ledger.h"

#include <QThread>

namespace rectify {

namespace {

AutoBackup::StepHook &stepHook()
{
    static AutoBackup::StepHook hook;
    return hook;
}

} // namespace

void AutoBackup::setStepHook(StepHook hook)
{
    stepHook() = std::move(hook);
}

AutoBackup::AutoBackup(QObject *parent)
    : QObject(parent)
{ }

AutoBackup::~AutoBackup()
{
    if (m_thread) {
        // A window closed while its backup is written: the copy stops at its next
        // slice and removes its temporary file.
        m_cancel = true;
        m_thread->wait(); // deleted with this object, as its child
    }
}

bool AutoBackup::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void AutoBackup::cancel()
{
    if (isRunning())
        m_cancel = true;
}

void AutoBackup::run(const Ledger &ledger)
{
    if (isRunning())
        return;
    // The worker's own connection: a QtSql connection belongs to the thread that
    // opened it. A file ledger's is read-only: it only reads the ledger (and does not
    // take the write lock to check the format version, as a writable open does).
    const QString address = ledger.path();
    const bool server = ledger.isOnServer();
    const QString actor = ledger.actor();
    const Ledger::Clock clock = ledger.clock();
    delete m_thread;
    m_file.clear();
    m_error.clear();
    m_cancel = false;
    m_percent = -1;
    const StepHook hook = stepHook();
    m_thread = QThread::create([this, address, server, actor, clock, hook] {
        Ledger copy;
        copy.setActor(actor);
        if (clock)
            copy.setClock(clock);
        const auto mode = server ? Ledger::OpenMode::ExistingOnly : Ledger::OpenMode::ReadOnly;
        if (auto opened = copy.open(address, mode); !opened) {
            m_error = tr("The automatic backup failed: %1").arg(opened.error());
            return;
        }
        const Backup::Progress report = [this, hook](qint64 done, qint64 total) {
            if (hook)
                hook(done, total);
            const int percent = total > 0 ? int(done * 100 / total) : 0;
            if (m_percent.exchange(percent) != percent) {
                QMetaObject::invokeMethod(
                    this, [this, percent] { Q_EMIT progress(percent); }, Qt::QueuedConnection);
            }
            return !m_cancel.load();
        };
        auto made = Backup::rotate(copy, report);
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
