#pragma once

#include "ApiLogStore.h"
#include "CommLogStore.h"
#include "MfaAuditStore.h"
#include "NotifAuditStore.h"

#include <memory>

// The sources' records, built at start-up side by side: the stores are independent, so
// start-up takes the longest one's time, not their sum.
struct DemoStores {
    struct Counts {
        int comm = 0, arrivals = 0, apiLogs = 0, audit = 0, mfa = 0;
    };
    static DemoStores build(const DemoDirectory &directory, const Counts &counts);

    std::unique_ptr<CommLogStore> comm;
    std::unique_ptr<ApiLogStore> apiLogs;
    std::unique_ptr<NotifAuditStore> audit;
    std::unique_ptr<MfaAuditStore> mfa;
};
