#pragma once

#include "util/result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rectify {

// File → Connect to Server…: the fields of a PostgreSQL server address (host, port,
// database, user) and its TLS settings (sslmode, the root certificate for
// verify-full), which go into the address as options, and the login's password (echo off).
// OK builds the address through LedgerLocation and refuses empty fields with a message in the
// dialog; the fields are remembered for next time, except the password: the window keeps it in
// memory for the connection only (store/serverpasswords.h); left empty, libpq reads it from
// PGPASSWORD or ~/.pgpass.
class ConnectServerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectServerDialog)

public:
    explicit ConnectServerDialog(QWidget *parent = nullptr);
    ~ConnectServerDialog() override;

    // The address built from the fields (postgresql://user@host:port/dbname), or why not.
    Result<QString> address() const;
    // The address accepted by OK.
    QString acceptedAddress() const { return m_accepted; }
    // The password typed when OK was pressed (empty: libpq's own sources).
    QString acceptedPassword() const { return m_acceptedPassword; }
    // The message shown under the fields (empty when none).
    QString errorText() const;

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *sslModeBox() const { return m_sslMode; }
    QLineEdit *rootCertEdit() const { return m_rootCert; }

    // The default user name: the system user's login name.
    static QString systemUserName();

public Q_SLOTS:
    void accept() override;

private:
    void showError(const QString &message);

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_rootCert = nullptr;
    QLabel *m_error = nullptr;
    QString m_accepted;
    QString m_acceptedPassword;
};

} // namespace rectify
