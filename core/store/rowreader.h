#pragma once

#include "util/result.h"

#include <QSqlQuery>
#include <QString>
#include <QVector>
#include <optional>
#include <type_traits>
#include <utility>

namespace rectify {

// Internal to core/store: the read side of the Ledger's entity functions. Each of
// them runs one SELECT and maps its rows to a value type; these read the result
// (passing the statement's error on) so that the entity files say only what they
// select and how a row becomes a value.
class RowReader final
{
    // What a row becomes.
    template<class Map> using Row = std::decay_t<std::invoke_result_t<Map &, const QSqlQuery &>>;

public:
    RowReader() = delete;

    // Every row, in the statement's order.
    template<class Map>
    static auto all(Result<QSqlQuery> query, Map map) -> Result<QVector<Row<Map>>>
    {
        if (!query)
            return Error { query.error() };
        QVector<Row<Map>> out;
        while (query->next())
            out << map(*query);
        return out;
    }

    // The first row; `missing` when there is none.
    template<class Map>
    static auto one(Result<QSqlQuery> query, Map map, const QString &missing) -> Result<Row<Map>>
    {
        if (!query)
            return Error { query.error() };
        if (!query->next())
            return Error { missing };
        return map(*query);
    }

    // The first row, if there is one (a lookup by name that may find nothing).
    template<class Map>
    static auto first(Result<QSqlQuery> query, Map map) -> Result<std::optional<Row<Map>>>
    {
        if (!query)
            return Error { query.error() };
        if (!query->next())
            return std::optional<Row<Map>>();
        return std::optional<Row<Map>>(map(*query));
    }
};

} // namespace rectify
