#pragma once

#include <QStringList>

namespace rectify {

// The responsibility list (责任清单) of one task, by name. Units and people are
// de-duplicated by name in the store; order is kept as entered.
struct Responsibilities
{
    QStringList leaders; // 责任领导
    QStringList leadUnits; // 牵头单位
    QStringList coUnits; // 配合单位
    QStringList persons; // 责任人

    bool operator==(const Responsibilities &o) const
    {
        return leaders == o.leaders && leadUnits == o.leadUnits && coUnits == o.coUnits
            && persons == o.persons;
    }
    bool operator!=(const Responsibilities &o) const { return !(*this == o); }
};

} // namespace rectify
