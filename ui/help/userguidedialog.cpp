#include "ui/help/userguidedialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rectify {

QString UserGuideDialog::guidePath()
{
    // The file name is translated with the interface: the guide follows the language.
    const QString name = tr("user-guide.en.md", "the bundled user guide in this language");
    const QString path = QStringLiteral(":/docs/") + name;
    return QFile::exists(path) ? path : QStringLiteral(":/docs/user-guide.en.md");
}

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Rectify User Guide"));
    m_browser->setOpenExternalLinks(true);
    // Pictures are named relative to the guide (images/...).
    m_browser->setSearchPaths({ QStringLiteral(":/docs") });
    QFile file(guidePath());
    if (file.open(QIODevice::ReadOnly))
        m_browser->setMarkdown(QString::fromUtf8(file.readAll()));
    else
        m_browser->setPlainText(tr("The user guide is missing from this installation."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    const QSize room = screen() ? screen()->availableGeometry().size() : QSize(1024, 768);
    resize(QSize(900, 1000).boundedTo(room * 9 / 10));
}

} // namespace rectify
