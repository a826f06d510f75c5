#pragma once

#include "util/result.h"

#include <functional>

class QAction;

namespace rectify {

enum class Action;

// Who may do one of the ledger's administrative actions (import, settings,
// backup): ok, or the refusal in words. The sign-off workflow provides it.
using LedgerActionGuard = std::function<Status(Action action)>;

// Enables `action` when `allowed` is ok and `otherwise` holds; a refused action is
// disabled and its tooltip and status tip say why (its own tips come back once it
// is allowed again).
void applyActionGuard(QAction *action, const Status &allowed, bool otherwise = true);

} // namespace rectify
