#pragma once

#include <QStringList>

// `logdeck-cli show (--url URL --source KIND | DATASET) ID [--format text|json]`: one
// record with all its fields and its status history, as the detail pane shows them.
class ShowCommand
{
public:
    int run(const QStringList &arguments);
};
