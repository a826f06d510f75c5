#include "ui/server/connectserverdialog.h"

#include "store/ledgerlocation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rectify {

namespace {

constexpr int defaultPort = 5432;

QString key(const char *name)
{
    return QStringLiteral("server/") + QLatin1String(name);
}

} // namespace

ConnectServerDialog::ConnectServerDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ConnectServerDialog"));
    setWindowTitle(tr("Connect to Server"));
    const QSettings settings;

    m_host = new QLineEdit(settings.value(key("host")).toString(), this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("for example db.example.org or 192.168.1.10"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(settings.value(key("port"), defaultPort).toInt());
    m_database = new QLineEdit(settings.value(key("database")).toString(), this);
    m_database->setObjectName(QStringLiteral("database"));
    m_user = new QLineEdit(settings.value(key("user"), systemUserName()).toString(), this);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setToolTip(tr("The server login: on a ledger set up for the server, your own login, "
                          "which signs you in as your Rectify user."));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData
        | Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);

    // TLS: libpq's sslmode, and the root certificate that verify-full checks the
    // server's certificate against (libpq's default is ~/.postgresql/root.crt).
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("sslmode"));
    m_sslMode->addItem(tr("Prefer encryption (libpq default)"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("Require encryption"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Require encryption and verify the server's certificate"),
        QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("No encryption"), QStringLiteral("disable"));
    m_sslMode->setToolTip(tr("On a network others share, choose to verify the server's "
                             "certificate: only then is the server known to be the right one."));
    const int mode = m_sslMode->findData(settings.value(key("sslmode"), QStringLiteral("prefer")));
    m_sslMode->setCurrentIndex(mode < 0 ? 0 : mode);
    m_rootCert = new QLineEdit(settings.value(key("sslrootcert")).toString(), this);
    m_rootCert->setObjectName(QStringLiteral("sslrootcert"));
    m_rootCert->setPlaceholderText(tr("default: ~/.postgresql/root.crt"));
    auto *browse = new QPushButton(tr("Bro&wse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Root Certificate"),
            m_rootCert->text(), tr("Certificates (*.crt *.pem);;All files (*)"));
        if (!file.isEmpty())
            m_rootCert->setText(QDir::toNativeSeparators(file));
    });
    auto *certRow = new QHBoxLayout;
    certRow->addWidget(m_rootCert, 1);
    certRow->addWidget(browse);
    const auto updateCert = [this, browse] {
        const bool verify = m_sslMode->currentData().toString() == QLatin1String("verify-full");
        m_rootCert->setEnabled(verify);
        browse->setEnabled(verify);
    };
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, updateCert);
    updateCert();

    auto *password = new QLabel(tr("The password is kept only while Rectify runs, for this "
                                   "connection, and never saved. Left empty, it comes from the "
                                   "PGPASSWORD environment variable or the file ~/.pgpass."),
        this);
    password->setObjectName(QStringLiteral("passwordNote"));
    password->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_user);
    form->addRow(tr("P&assword:"), m_password);
    form->addRow(tr("&Encryption:"), m_sslMode);
    form->addRow(tr("Root &certificate:"), certRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectServerDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(password);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    // The password is what is left to type once the address is remembered.
    (m_host->text().isEmpty()              ? m_host
            : m_database->text().isEmpty() ? m_database
                                           : m_password)
        ->setFocus();
}

ConnectServerDialog::~ConnectServerDialog() = default;

QString ConnectServerDialog::systemUserName()
{
    for (const char *name : { "USER", "USERNAME", "LOGNAME" }) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
    // Without the variables, the home folder's name is the login name almost always.
    return QDir::home().dirName();
}

Result<QString> ConnectServerDialog::address() const
{
    LedgerLocation location;
    location.dialect = SqlDialect::Postgres;
    location.host = m_host->text().trimmed();
    location.port = m_port->value();
    location.database = m_database->text().trimmed();
    location.user = m_user->text().trimmed();
    if (location.host.isEmpty())
        return Error { tr("Enter the server's host name or address.") };
    if (location.host.contains(QLatin1Char('/')) || location.host.contains(QLatin1Char('@')))
        // Not repeated: "user:password@host" typed here must not show up anywhere.
        return Error { tr("The host must be only the server's name or address, without "
                          "\"/\" or \"@\" (a password never goes into the address).") };
    if (location.database.isEmpty())
        return Error { tr("Enter the name of the database on the server.") };
    const QString mode = m_sslMode->currentData().toString();
    QStringList options;
    if (mode != QLatin1String("prefer"))
        options << QStringLiteral("sslmode=") + mode;
    const QString cert = QDir::fromNativeSeparators(m_rootCert->text().trimmed());
    if (mode == QLatin1String("verify-full") && !cert.isEmpty()) {
        if (cert.contains(QLatin1Char(';')))
            return Error { tr("The root certificate's path must not contain \";\".") };
        options << QStringLiteral("sslrootcert=") + cert;
    }
    location.options = options.join(QLatin1Char(';'));
    const QString built = location.display();
    // Read back as any other address is: the same checks as --db on the command line.
    auto parsed = LedgerLocation::parse(built);
    if (!parsed)
        return Error { parsed.error() };
    return parsed->display();
}

QString ConnectServerDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ConnectServerDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ConnectServerDialog::accept()
{
    const auto built = address();
    if (!built) {
        showError(built.error());
        (m_host->text().trimmed().isEmpty() ? m_host : m_database)->setFocus();
        return;
    }
    showError(QString());
    m_accepted = *built;
    m_acceptedPassword = m_password->text();
    QSettings settings;
    settings.setValue(key("host"), m_host->text().trimmed());
    settings.setValue(key("port"), m_port->value());
    settings.setValue(key("database"), m_database->text().trimmed());
    settings.setValue(key("sslmode"), m_sslMode->currentData().toString());
    settings.setValue(key("sslrootcert"), m_rootCert->text().trimmed());
    settings.setValue(key("user"), m_user->text().trimmed());
    QDialog::accept();
}

} // namespace rectify
