#pragma once

#include "store/ledger.h"
#include "tests/support/templedger.h"
#include "workflow/workflow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>
#include <functional>
#include <gtest/gtest.h>

namespace rectify::test {

// Problem 4 with task 4.1 (completed by wang, awaiting sign-off) and 4.2;
// wang (official of 人事科) and zhao (supervisor).
class HistoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto inspection = m_ledger->defaultInspection();
        ASSERT_TRUE(inspection.ok());
        Problem p;
        p.inspectionId = inspection->id;
        p.code = QStringLiteral("4");
        p.title = QStringLiteral("台账管理不规范");
        auto pid = m_ledger->addProblem(p);
        ASSERT_TRUE(pid.ok());
        for (const char *measure : { "建立台账管理制度", "清理往来款项" }) {
            Task t;
            t.problemId = *pid;
            t.measure = QString::fromUtf8(measure);
            t.status = TaskStatus::InProgress;
            t.responsibilities.leadUnits = { QStringLiteral("人事科") };
            auto id = m_ledger->addTask(t);
            ASSERT_TRUE(id.ok());
            m_tasks << *id;
        }
        User wang;
        wang.name = QStringLiteral("wang");
        wang.unit = QStringLiteral("人事科");
        ASSERT_TRUE(m_ledger->addUser(wang).ok());
        User zhao;
        zhao.name = QStringLiteral("zhao");
        zhao.role = UserRole::Supervisor;
        ASSERT_TRUE(m_ledger->addUser(zhao).ok());
        ASSERT_TRUE(Workflow(*m_ledger, user(QStringLiteral("wang")))
                        .complete(m_tasks[0], QStringLiteral("台账已建立"))
                        .ok());
    }

    User user(const QString &name)
    {
        auto u = m_ledger->findUser(name);
        EXPECT_TRUE(u.ok() && u->has_value());
        return **u;
    }

    // Runs `act` on the first modal dialog of type T that opens (within 5 s).
    template<typename T> static void whenDialogOpens(std::function<void(T *)> act)
    {
        auto *timer = new QTimer;
        auto *clock = new QElapsedTimer;
        clock->start();
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, [timer, clock, act] {
            if (auto *d = qobject_cast<T *>(QApplication::activeModalWidget())) {
                timer->stop();
                timer->deleteLater();
                delete clock;
                act(d);
            } else if (clock->elapsed() > 5000) {
                timer->stop();
                timer->deleteLater();
                delete clock;
                ADD_FAILURE() << "no dialog opened";
            }
        });
        timer->start();
    }

    TempLedger m_ledger;
    QVector<qint64> m_tasks;
};

} // namespace rectify::test
