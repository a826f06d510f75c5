#include "store/evidencecontent.h"

#include "store/ledger.h"
#include "store/sqlaccess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <algorithm>

namespace rectify {

namespace {

QString shownPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString hashOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The stored copy's path on disk for a ledger file.
QString onDisk(const Ledger &ledger, const QString &storedPath)
{
    return QFileInfo(ledger.path()).absoluteDir().filePath(storedPath);
}

} // namespace

QString EvidenceContent::safeFileName(const QString &name)
{
    QString base = name.mid(
        std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\'))) + 1);
    if (base.size() >= 2 && base.at(1) == QLatin1Char(':') && base.at(0).isLetter())
        base.remove(0, 2);
    QString out;
    out.reserve(base.size());
    for (const QChar c : std::as_const(base)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control)
            continue;
        out += QStringLiteral("<>:\"|?*").contains(c) ? QLatin1Char('_') : c;
    }
    out = out.trimmed();
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('.')) || out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    out = out.trimmed();
    if (out.isEmpty())
        return QStringLiteral("evidence");
    // CON, PRN, AUX, NUL, COM1-9, LPT1-9 name devices on Windows, with any suffix.
    const QString stem = out.section(QLatin1Char('.'), 0, 0).trimmed().toUpper();
    static const QStringList devices { QStringLiteral("CON"), QStringLiteral("PRN"),
        QStringLiteral("AUX"), QStringLiteral("NUL") };
    const bool numbered = stem.size() == 4
        && (stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT")))
        && stem.at(3) >= QLatin1Char('1') && stem.at(3) <= QLatin1Char('9');
    if (devices.contains(stem) || numbered)
        out.prepend(QLatin1Char('_'));
    return out;
}

QString EvidenceContent::folder(const QString &ledgerPath)
{
    const QFileInfo info(ledgerPath);
    return info.absoluteDir().filePath(info.fileName() + QStringLiteral(".evidence"));
}

QString EvidenceContent::pathInFolder(const QString &ledgerPath, const QString &name)
{
    return QFileInfo(folder(ledgerPath)).fileName() + QLatin1Char('/') + safeFileName(name);
}

QString EvidenceContent::storedName(const QString &sha256, const QString &fileName)
{
    const QString suffix = QFileInfo(safeFileName(fileName)).suffix().toLower();
    return suffix.isEmpty() ? sha256 : sha256 + QLatin1Char('.') + suffix;
}

Result<Evidence> EvidenceContent::store(Ledger &ledger, const QString &source)
{
    const QString shown = shownPath(source);
    const QFileInfo info(source);
    const Error unreadable { tr("Cannot read the evidence file %1.").arg(shown) };
    if (!info.isFile())
        return unreadable;
    Evidence e;
    e.fileName = info.fileName();

    if (ledger.isOnServer()) {
        // Refused before a byte is read: the limit is what keeps one attachment
        // from filling the memory of the app and of the server.
        if (auto fits = checkSize(ledger, source); !fits)
            return fits.failure();
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly))
            return unreadable;
        const QByteArray bytes = in.readAll();
        if (bytes.size() != info.size() || in.error() != QFileDevice::NoError)
            return unreadable;
        e.sha256 = hashOf(bytes);
        e.size = bytes.size();
        e.storedPath = storedName(e.sha256, e.fileName);
        if (auto put = putOnServer(ledger, e.sha256, bytes, shown); !put)
            return put.failure();
        return e;
    }

    // A ledger file: hashed while read, copied into the folder beside it.
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return unreadable;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&in))
        return unreadable;
    e.sha256 = QString::fromLatin1(hash.result().toHex());
    e.size = in.size();
    in.close();

    const QString dir = folder(ledger.path());
    if (!QDir().mkpath(dir))
        return Error { tr("Cannot create the folder %1.").arg(shownPath(dir)) };
    const QString target = QDir(dir).filePath(storedName(e.sha256, e.fileName));
    e.storedPath = QFileInfo(ledger.path()).absoluteDir().relativeFilePath(target);
    if (QFileInfo(target).size() == e.size && QFileInfo::exists(target))
        return e;
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    if (!QFile::copy(source, partial) || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error { tr("Cannot copy the evidence file %1 to %2.").arg(shown, shownPath(dir)) };
    }
    return e;
}

Status EvidenceContent::checkSize(const Ledger &ledger, const QString &source)
{
    const QFileInfo info(source);
    if (!ledger.isOnServer() || info.size() <= serverLimit)
        return {};
    const QLocale locale;
    return Error { tr("The evidence file %1 is %2; a ledger on a server takes files of "
                      "up to %3 each. Attach a smaller copy (a compressed scan, fewer "
                      "pages) and keep the full file elsewhere.")
                       .arg(shownPath(source), locale.formattedDataSize(info.size()),
                           locale.formattedDataSize(serverLimit)) };
}

Status EvidenceContent::putOnServer(
    Ledger &ledger, const QString &sha256, const QByteArray &content, const QString &shown)
{
    Ledger::Transaction tx(ledger);
    if (!tx.status())
        return tx.status();
    // Under the ledger's write lock: nobody adds the same hash in between.
    auto there
        = SqlAccess::exec(ledger, QStringLiteral("SELECT 1 FROM evidence_content WHERE sha256 = ?"),
            { sha256 }, tr("read the stored evidence"));
    if (!there)
        return there.failure();
    if (!there->next()) {
        there->finish();
        if (auto q = SqlAccess::exec(ledger,
                QStringLiteral("INSERT INTO evidence_content (sha256, size, "
                               "content) VALUES (?, ?, ?)"),
                { sha256, qint64(content.size()), content },
                tr("store the evidence file %1").arg(shown));
            !q)
            return q.failure();
    }
    return tx.commit();
}

Result<QString> EvidenceContent::putInFolder(
    const QString &ledgerPath, const QString &name, const QByteArray &content, bool *created)
{
    if (created)
        *created = false;
    const QString dir = folder(ledgerPath);
    if (!QDir().mkpath(dir))
        return Error { tr("Cannot create the folder %1.").arg(shownPath(dir)) };
    const QString target = QDir(dir).filePath(safeFileName(name));
    const QString stored = QFileInfo(ledgerPath).absoluteDir().relativeFilePath(target);
    if (QFileInfo::exists(target) && QFileInfo(target).size() == content.size())
        return stored;
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() || !out.commit())
        return Error { tr("Cannot write the evidence file %1.").arg(shownPath(target)) };
    if (created)
        *created = true;
    return stored;
}

Result<QByteArray> EvidenceContent::readStored(
    const Ledger &ledger, const QString &storedPath, const QString &sha256)
{
    if (ledger.isOnServer()) {
        auto q = SqlAccess::exec(ledger,
            QStringLiteral("SELECT content FROM evidence_content WHERE sha256 = ?"), { sha256 },
            tr("read the evidence file %1").arg(storedPath));
        if (!q)
            return q.failure();
        if (!q->next()) {
            return Error { tr("The ledger %1 holds no contents for the evidence file %2 (SHA-256 "
                              "%3).")
                               .arg(ledger.path(), storedPath, sha256) };
        }
        return q->value(0).toByteArray();
    }
    const QString path = onDisk(ledger, storedPath);
    QFile in(path);
    if (!QFileInfo(path).isFile() || !in.open(QIODevice::ReadOnly))
        return Error { tr("The evidence file %1 is missing.").arg(shownPath(path)) };
    QByteArray bytes = in.readAll();
    if (in.error() != QFileDevice::NoError)
        return Error { tr("Cannot read the evidence file %1.").arg(shownPath(path)) };
    return bytes;
}

Result<QByteArray> EvidenceContent::read(const Ledger &ledger, const Evidence &evidence)
{
    auto bytes = readStored(ledger, evidence.storedPath, evidence.sha256);
    if (!bytes)
        return bytes;
    if (hashOf(*bytes) != evidence.sha256) {
        return Error { tr("The stored copy of the evidence file %1 no longer matches the hash "
                          "recorded when it was attached; it was changed since.")
                           .arg(evidence.fileName) };
    }
    return bytes;
}

Status EvidenceContent::save(const Ledger &ledger, const Evidence &evidence, const QString &target)
{
    auto bytes = read(ledger, evidence);
    if (!bytes)
        return bytes.failure();
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(*bytes) != bytes->size() || !out.commit())
        return Error { tr("Cannot write %1.").arg(shownPath(target)) };
    return {};
}

} // namespace rectify
