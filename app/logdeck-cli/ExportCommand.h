#pragma once

#include <QStringList>

// `logdeck-cli export --url URL --source KIND [filters] --out FILE`
class ExportCommand
{
public:
    int run(const QStringList &arguments);
};
