#include "ui/common/actionguard.h"

#include <QAction>
#include <QVariant>

namespace rectify {

namespace {
// The action's own status tip, kept while a refusal stands in for it.
constexpr char ownStatusTip[] = "rectifyOwnStatusTip";
} // namespace

void applyActionGuard(QAction *action, const Status &allowed, bool otherwise)
{
    const QVariant own = action->property(ownStatusTip);
    if (!own.isValid())
        action->setProperty(ownStatusTip, action->statusTip());
    if (allowed) {
        action->setEnabled(otherwise);
        action->setToolTip(QString()); // back to the action's text
        action->setStatusTip(action->property(ownStatusTip).toString());
        return;
    }
    action->setEnabled(false);
    action->setToolTip(allowed.error());
    action->setStatusTip(allowed.error());
}

} // namespace rectify
