#include "core/Timestamp.h"

namespace
{
bool readDigits(QStringView text, qsizetype pos, int count, int *out)
{
    if (pos + count > text.size())
        return false;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text.at(pos + i);
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + (c.unicode() - u'0');
    }
    *out = value;
    return true;
}
} // namespace

namespace
{
struct Parts {
    QDate date;
    QTime time;
    int offsetSeconds = 0;
};

std::optional<Parts> parts(QStringView text)
{
    text = text.trimmed();
    // Java's ZonedDateTime appends the region: 2026-04-15T18:00:00+08:00[Asia/Shanghai].
    if (text.endsWith(u']')) {
        const qsizetype open = text.lastIndexOf(u'[');
        if (open > 0)
            text = text.left(open);
    }
    // YYYY-MM-DD[Tt ]hh:mm:ss
    int year, month, day, hour, minute, second;
    if (text.size() < 19 || !readDigits(text, 0, 4, &year) || text.at(4) != u'-'
        || !readDigits(text, 5, 2, &month) || text.at(7) != u'-' || !readDigits(text, 8, 2, &day))
        return std::nullopt;
    const QChar sep = text.at(10);
    if (sep != u'T' && sep != u't' && sep != u' ')
        return std::nullopt;
    if (!readDigits(text, 11, 2, &hour) || text.at(13) != u':' || !readDigits(text, 14, 2, &minute)
        || text.at(16) != u':' || !readDigits(text, 17, 2, &second))
        return std::nullopt;

    qsizetype pos = 19;
    int msec = 0;
    if (pos < text.size() && text.at(pos) == u'.') {
        ++pos;
        int digits = 0;
        while (pos < text.size() && text.at(pos) >= u'0' && text.at(pos) <= u'9') {
            // Beyond milliseconds the digits are read and dropped (.NET sends seven).
            if (digits < 3)
                msec = msec * 10 + (text.at(pos).unicode() - u'0');
            ++digits;
            ++pos;
        }
        if (digits == 0)
            return std::nullopt;
        for (int i = digits; i < 3; ++i)
            msec *= 10;
    }

    int offsetSeconds = 0;
    if (pos < text.size()) {
        const QChar zone = text.at(pos);
        if ((zone == u'Z' || zone == u'z') && pos + 1 == text.size()) {
            offsetSeconds = 0;
        } else if (zone == u'+' || zone == u'-') {
            int oh, om;
            if (!readDigits(text, pos + 1, 2, &oh))
                return std::nullopt;
            qsizetype next = pos + 3;
            if (next < text.size() && text.at(next) == u':')
                ++next;
            if (!readDigits(text, next, 2, &om) || next + 2 != text.size() || oh > 23 || om > 59)
                return std::nullopt;
            offsetSeconds = (oh * 3600 + om * 60) * (zone == u'-' ? -1 : 1);
        } else {
            return std::nullopt;
        }
    }

    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return Parts {date, time, offsetSeconds};
}
} // namespace

std::optional<QDateTime> Timestamp::parse(QStringView text)
{
    const auto p = parts(text);
    if (!p)
        return std::nullopt;
    return QDateTime(p->date, p->time, Qt::OffsetFromUTC, p->offsetSeconds).toUTC();
}

QString Timestamp::toRfc3339(const QDateTime &instant)
{
    const QDateTime utc = instant.toUTC();
    return utc.toString(utc.time().msec() ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")
                                          : QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

std::optional<qint64> Timestamp::parseMsecs(QStringView text)
{
    // Without a QDateTime: an import parses a million of these, a histogram tens of
    // thousands, and the offset kind of QDateTime costs an allocation each.
    const auto p = parts(text);
    if (!p)
        return std::nullopt;
    constexpr qint64 kUnixEpochJulianDay = 2440588;
    return (p->date.toJulianDay() - kUnixEpochJulianDay) * 86'400'000 + p->time.msecsSinceStartOfDay()
        - qint64(p->offsetSeconds) * 1000;
}
