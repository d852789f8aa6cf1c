#include "CompactJson.h"

#include <QDate>

#include <cstdio>

void CompactJson::separate()
{
    if (!m_first)
        m_out += ',';
    m_first = false;
}

void CompactJson::beginObject()
{
    separate();
    m_out += '{';
    m_first = true;
}

void CompactJson::endObject()
{
    m_out += '}';
    m_first = false;
}

void CompactJson::key(const char *name)
{
    separate();
    m_out += '"';
    m_out += name;
    m_out += "\":";
    m_first = true; // the value follows without a comma
}

void CompactJson::string(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    string(utf8.constData(), utf8.size());
}

void CompactJson::string(const char *utf8, qsizetype size)
{
    separate();
    static const char hex[] = "0123456789abcdef";
    m_out += '"';
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\b':
            m_out += "\\b";
            break;
        case '\f':
            m_out += "\\f";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (c < 0x20) {
                m_out += "\\u00";
                m_out += hex[c >> 4];
                m_out += hex[c & 15];
            } else {
                m_out += char(c); // UTF-8 passes through, as QJsonDocument writes it
            }
        }
    }
    m_out += '"';
    m_first = false;
}

void CompactJson::time(qint64 secsSinceEpoch)
{
    separate();
    const qint64 days = secsSinceEpoch >= 0 ? secsSinceEpoch / 86400 : (secsSinceEpoch - 86399) / 86400;
    const qint64 rest = secsSinceEpoch - days * 86400;
    const QDate date = QDate(1970, 1, 1).addDays(days);
    char text[32];
    const int n =
        std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", date.year(), date.month(),
                      date.day(), int(rest / 3600), int(rest / 60 % 60), int(rest % 60));
    m_out += '"';
    m_out.append(text, n);
    m_out += '"';
}
