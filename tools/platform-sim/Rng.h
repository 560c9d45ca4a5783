// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QtGlobal>
#include <cstdint>

namespace pingjia {

// splitmix64: used to derive independent seeds, so that record i of a list is a pure
// function of (seed, list, i) and can be computed on demand in any order.
inline std::uint64_t splitmix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

inline std::uint64_t mixSeed(std::uint64_t a, std::uint64_t b, std::uint64_t c = 0)
{
    std::uint64_t s = a ^ 0x6A09E667F3BCC909ull;
    splitmix64(s);
    s ^= b * 0xD1342543DE82EF95ull;
    splitmix64(s);
    s ^= c * 0x9E3779B97F4A7C15ull;
    return splitmix64(s);
}

enum class RngStream : std::uint64_t;

// xoshiro256** — small, fast and fully specified, so the data never depends on the
// standard library's distributions or on std::rand.
class Rng {
public:
    explicit Rng(std::uint64_t seed)
    {
        std::uint64_t sm = seed;
        for (auto &w : m_s)
            w = splitmix64(sm);
    }
    Rng(std::uint64_t seed, enum RngStream stream, std::uint64_t index);

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    // Uniform integer in [lo, hi] (inclusive).
    qint64 between(qint64 lo, qint64 hi)
    {
        if (hi <= lo)
            return lo;
        const auto span = std::uint64_t(hi - lo) + 1;
        return lo + qint64(next() % span);
    }
    bool chance(double p) { return uniform() < p; }
    template <typename Container> const auto &pick(const Container &c)
    {
        return c[std::size_t(between(0, qint64(std::size(c)) - 1))];
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4];
};

// Streams: one per kind of record, so adding a draw to one kind never shifts another.
enum class RngStream : std::uint64_t {
    Catalog = 1,
    Case = 2,
    Evaluation = 3,
    Person = 4,
    Handling = 5,
    Faults = 6,
    StaffPhone = 7, // staff mobiles: their own stream, so the catalog draws stay as they were
    Integrity = 8,  // --plant-integrity choices
};

inline Rng::Rng(std::uint64_t seed, RngStream stream, std::uint64_t index)
    : Rng(mixSeed(seed, std::uint64_t(stream), index))
{
}

} // namespace pingjia
