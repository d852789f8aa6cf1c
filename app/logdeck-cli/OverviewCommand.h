#pragma once

#include <QStringList>

// `logdeck-cli histogram DATASET|--url URL --source S [--bucket 1h] [filters] [--format …]` and
// `logdeck-cli facets DATASET|--url URL --source S [filters] [--top N] [--format …]`: how many
// records a query finds, per time bucket (stacked by status) or per filter value, in SQL
// on a dataset (DatasetOverview) or from page totals on a server (ServerOverview).
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
