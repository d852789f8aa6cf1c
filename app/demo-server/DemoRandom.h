#pragma once

#include <QtGlobal>

#include <initializer_list>

// A tiny deterministic generator (splitmix64). Every record is derived from
// (seed, stream, index) alone, so a record can be rebuilt on demand instead of stored,
// and the same seed always yields the same data on any machine.
class DemoRandom
{
public:
    DemoRandom(quint64 seed, quint64 stream, quint64 index)
        : m_state(seed * 0x9E3779B97F4A7C15ull ^ (stream << 48) ^ (index * 0xBF58476D1CE4E5B9ull))
    {
        next();
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    // Uniform in [0, bound).
    quint32 below(quint32 bound) { return bound ? quint32((next() >> 32) % bound) : 0; }
    // Uniform in [low, high].
    qint64 between(qint64 low, qint64 high) { return low + qint64(next() % quint64(high - low + 1)); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double probability) { return unit() < probability; }

    // Index picked with the given relative weights.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int roll = int(below(quint32(total)));
        int index = 0;
        for (int w : weights) {
            if (roll < w)
                return index;
            roll -= w;
            ++index;
        }
        return index - 1;
    }

    template<typename T, size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[below(quint32(N))];
    }

private:
    quint64 m_state;
};
