// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A handling action's payload as a line of the history timeline, in the user's
// language ("Evidence: …; Responsible department: 卫健局"), never raw JSON keys.

#include "models/domain/HandlingState.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace pingjia {

// `unitName` maps a department code to its name (empty when unknown).
QString describeActionPayload(const QJsonObject &payload,
                              const std::function<QString(const QString &)> &unitName = {});

// "Pending upload", "Acknowledged by the platform", … (translated).
QString uploadStatusText(const QString &status);

} // namespace pingjia
