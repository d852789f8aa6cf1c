#pragma once

#include <QStringList>

// `logdeck-cli query DATASET [filters] [--search TEXT] [--count] [--format jsonl|csv|table]`
class QueryCommand
{
public:
    int run(const QStringList &arguments);
};
