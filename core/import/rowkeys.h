#pragma once

#include <QtGlobal>
#include <algorithm>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace rectify {

// The keys of the rows an import has seen (a task's problem and number, or a
// hash of its measure) with the row each was first seen on, to name that row
// when a key comes again. Open addressing in two flat arrays: 12 bytes a slot,
// where std::unordered_map took about 40 bytes a key in nodes and buckets (a
// million-row import keeps a million keys while SQLite's page cache and the
// search index fill up beside them).
class RowKeys final
{
public:
    // Adds the key with its row; when the key was there already, returns false
    // and the row it came with first.
    std::pair<qint64, bool> emplace(quint64 key, qint64 row)
    {
        if (key == 0) { // the empty slots' marker: kept aside
            if (m_hasZero)
                return { m_zeroRow, false };
            m_hasZero = true;
            m_zeroRow = row;
            return { row, true };
        }
        if ((m_size + 1) * 4 > m_keys.size() * 3)
            grow();
        std::size_t i = slot(key);
        while (m_keys[i] != 0) {
            if (m_keys[i] == key)
                return { static_cast<qint64>(m_rows[i]), false };
            i = (i + 1) & (m_keys.size() - 1);
        }
        m_keys[i] = key;
        m_rows[i] = narrow(row);
        ++m_size;
        return { row, true };
    }
    std::size_t size() const { return m_size + (m_hasZero ? 1 : 0); }
    void swap(RowKeys &other) noexcept
    {
        m_keys.swap(other.m_keys);
        m_rows.swap(other.m_rows);
        std::swap(m_size, other.m_size);
        std::swap(m_hasZero, other.m_hasZero);
        std::swap(m_zeroRow, other.m_zeroRow);
    }

private:
    // Row numbers past 4 billion (not a file anyone imports) are named as the last one.
    static quint32 narrow(qint64 row)
    {
        return row < 0
            ? 0
            : static_cast<quint32>(std::min<qint64>(row, std::numeric_limits<quint32>::max()));
    }
    std::size_t slot(quint64 key) const
    {
        // The keys are hashes or (problem << 32 | number): mixed so that
        // consecutive numbers spread over the table.
        key ^= key >> 33;
        key *= 0xff51afd7ed558ccdull;
        key ^= key >> 33;
        return static_cast<std::size_t>(key) & (m_keys.size() - 1);
    }
    void grow()
    {
        std::vector<quint64> keys(m_keys.empty() ? 1024 : m_keys.size() * 2, 0);
        std::vector<quint32> rows(keys.size(), 0);
        keys.swap(m_keys);
        rows.swap(m_rows);
        for (std::size_t j = 0; j < keys.size(); ++j) {
            if (keys[j] == 0)
                continue;
            std::size_t i = slot(keys[j]);
            while (m_keys[i] != 0)
                i = (i + 1) & (m_keys.size() - 1);
            m_keys[i] = keys[j];
            m_rows[i] = rows[j];
        }
    }

    std::vector<quint64> m_keys; // 0: empty
    std::vector<quint32> m_rows;
    std::size_t m_size = 0; // keys in m_keys
    bool m_hasZero = false;
    qint64 m_zeroRow = 0;
};

} // namespace rectify
