#pragma once

#include <QStringList>

// `logdeck-cli histogram DATASET --bucket 1h [filters] [--format table|csv|json]` and
// `logdeck-cli facets DATASET [filters] [--top N] [--format table|csv|json]`: how many
// records a query finds, per time bucket (stacked by status) or per filter value.
class OverviewCommand
{
public:
    enum class Kind { Histogram, Facets };
    explicit OverviewCommand(Kind kind)
        : m_kind(kind)
    { }
    int run(const QStringList &arguments);

private:
    Kind m_kind;
};
