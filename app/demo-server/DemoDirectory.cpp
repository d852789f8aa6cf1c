#include "DemoDirectory.h"

#include "DemoRandom.h"

namespace
{
const char *const kFamily[] = {"wang",  "li",     "zhang",  "liu",   "chen",   "yang", "huang",  "zhao",
                               "smith", "garcia", "muller", "rossi", "tanaka", "kim",  "nguyen", "silva"};
const char *const kGiven[] = {"wei",  "fang",  "na",  "min",  "jing", "lei", "yan",  "tao",
                              "anna", "lucas", "mia", "noah", "emma", "leo", "sara", "omar"};
} // namespace

DemoDirectory::DemoDirectory(quint64 seed, int userCount, int tenantCount, const QDateTime &anchor)
    : m_seed(seed)
    , m_userCount(qMax(1, userCount))
    , m_tenantCount(qMax(1, tenantCount))
    , m_anchor(anchor.toUTC())
{ }

QString DemoDirectory::userId(int user)
{
    return QStringLiteral("usr_%1").arg(user, 4, 10, QLatin1Char('0'));
}

QString DemoDirectory::baseName(int user) const
{
    DemoRandom rng(m_seed, 1, quint64(user));
    return QStringLiteral("%1.%2").arg(QLatin1String(rng.pick(kGiven)), QLatin1String(rng.pick(kFamily)));
}

QString DemoDirectory::email(int user) const
{
    // The number keeps emails unique; the name keeps them realistic.
    return QStringLiteral("%1%2@example.com").arg(baseName(user)).arg(user);
}

QString DemoDirectory::username(int user) const
{
    return QStringLiteral("%1_%2").arg(baseName(user)).arg(user);
}

QString DemoDirectory::tenantId(int user) const
{
    return QStringLiteral("tnt_%1").arg((user - 1) % m_tenantCount + 1, 3, 10, QLatin1Char('0'));
}

QString DemoDirectory::operatorId(int admin)
{
    return admin <= 1 ? QStringLiteral("usr_admin") : QStringLiteral("usr_admin%1").arg(admin);
}

std::optional<int> DemoDirectory::userFromId(QStringView id) const
{
    if (!id.startsWith(u"usr_") || id.size() != 8)
        return std::nullopt;
    bool ok = false;
    const int user = id.mid(4).toInt(&ok);
    if (!ok || user < 1 || user > m_userCount)
        return std::nullopt;
    return user;
}

std::optional<int> DemoDirectory::userFromEmail(QStringView email) const
{
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0)
        return std::nullopt;
    qsizetype digits = at;
    while (digits > 0 && email.at(digits - 1).isDigit())
        --digits;
    bool ok = false;
    const int user = email.mid(digits, at - digits).toInt(&ok);
    if (!ok || user < 1 || user > m_userCount || this->email(user) != email)
        return std::nullopt;
    return user;
}

std::optional<int> DemoDirectory::userFromUsername(QStringView username) const
{
    const qsizetype underscore = username.lastIndexOf(u'_');
    if (underscore <= 0)
        return std::nullopt;
    bool ok = false;
    const int user = username.mid(underscore + 1).toInt(&ok);
    if (!ok || user < 1 || user > m_userCount || this->username(user) != username)
        return std::nullopt;
    return user;
}

QString DemoDirectory::rfc3339(qint64 secsSinceEpoch, int msec)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(secsSinceEpoch * 1000 + msec, Qt::UTC);
    return t.toString(msec ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")
                           : QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}
