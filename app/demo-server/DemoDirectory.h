#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// The people and tenants behind the generated logs. Users are numbered 1..count and
// every attribute is derived from the number, so lookups by id, email or username are
// arithmetic rather than tables.
class DemoDirectory
{
public:
    DemoDirectory(quint64 seed, int userCount, int tenantCount, const QDateTime &anchor);

    int userCount() const { return m_userCount; }
    QDateTime anchor() const { return m_anchor; }
    qint64 anchorSecs() const { return m_anchor.toSecsSinceEpoch(); }
    quint64 seed() const { return m_seed; }

    static QString userId(int user); // usr_0001
    QString email(int user) const; // wang.fang@example.com
    QString username(int user) const; // wang.fang17
    QString tenantId(int user) const; // tnt_003
    static QString operatorId(int admin); // usr_admin, usr_admin2, …
    static int adminCount() { return 4; }

    // 1-based user number for an id / email / username, if it names a generated user.
    std::optional<int> userFromId(QStringView id) const;
    std::optional<int> userFromEmail(QStringView email) const;
    std::optional<int> userFromUsername(QStringView username) const;

    static QString rfc3339(qint64 secsSinceEpoch, int msec = 0);

private:
    QString baseName(int user) const;

    quint64 m_seed;
    int m_userCount;
    int m_tenantCount;
    QDateTime m_anchor;
};
