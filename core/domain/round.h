#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace rectify {

// A reporting round (报送轮次): the office asks every responsible unit for its
// progress by a due date, sends each a form and collects the forms back.
struct Round
{
    enum class State
    {
        Open,
        Closed,
    };

    qint64 id = 0;
    QString name; // e.g. 2024年1月进展报送
    qint64 inspectionId = 0; // 0: every inspection of the ledger
    QDate dueDate; // 报送截止日期
    State state = State::Open;
    // The round's public key, written into its forms, and the secret that keys
    // their checksum (never leaves the ledger): a form names its round and cannot
    // be made to name another unit, round or ledger without the secret.
    QString token;
    QString secret;
    QString openedBy;
    QDateTime openedAt;
    QDateTime closedAt;
};

// One form collected back from a unit in a round.
struct RoundReport
{
    qint64 id = 0;
    qint64 roundId = 0;
    QString unit;
    QString fileName;
    QString fileSha256; // of the file's bytes: collecting the same file twice is noticed
    QDate reportedOn; // the day it was collected
    QString reporter; // 填报人
    QString phone; // 联系电话
    bool onTime = true; // reportedOn <= the round's due date
    int progressCount = 0;
    int completedCount = 0;
    int extensionCount = 0;
    QString collectedBy;
    QDateTime collectedAt;
};

} // namespace rectify
