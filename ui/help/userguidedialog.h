#pragma once

#include <QDialog>

class QTextBrowser;

namespace rectify {

// Help → User Guide: the user guide bundled with the program, in the interface
// language, with its pictures.
class UserGuideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideDialog)

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    // The bundled guide's resource path for the interface language.
    static QString guidePath();
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace rectify
