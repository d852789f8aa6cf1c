#pragma once

#include <QStringList>

// `logdeck-cli import FILE… --source KIND --out DATASET [--strict]`
class ImportCommand
{
public:
    int run(const QStringList &arguments);
};
