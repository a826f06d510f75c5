#pragma once

#include <QMainWindow>
#include <memory>

namespace rectify {

class Ledger;

// The window an official opens every week: the three lists of one ledger.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(std::unique_ptr<Ledger> ledger, QWidget *parent = nullptr);
    ~MainWindow() override;

    Ledger &ledger() const { return *m_ledger; }

private:
    void refreshStatus();

    std::unique_ptr<Ledger> m_ledger;
};

} // namespace rectify
