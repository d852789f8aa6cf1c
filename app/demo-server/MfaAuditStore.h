#pragma once

#include "DemoDirectory.h"
#include "RowIndex.h"

#include <QDate>
#include <QJsonArray>

#include <optional>
#include <vector>

// MFA configuration audit logs (mfa-audit), newest first.
class MfaAuditStore
{
public:
    MfaAuditStore(const DemoDirectory &directory, int count);

    struct Filter {
        QString action;
        QString targetType;
        QString operatorId;
        std::optional<QDate> start; // inclusive, UTC
        std::optional<QDate> end; // inclusive, UTC
    };
    struct Result {
        int total = 0;
        QJsonArray items;
    };
    Result list(const Filter &filter, int offset, int limit) const;

private:
    struct Row {
        qint64 timestampSecs;
        quint8 action;
        quint8 admin;
    };
    QJsonObject build(int index) const;

    const DemoDirectory &m_directory;
    std::vector<Row> m_rows; // newest first
    RowIndex::Rows m_all; // 0…n-1: newest first
    std::vector<RowIndex::Rows> m_byAction, m_byTargetType, m_byOperator; // newest first
};
