#include "DemoStores.h"

#include <future>

DemoStores DemoStores::build(const DemoDirectory &directory, const Counts &counts)
{
    const auto aside = [](auto make) {
        return std::async(std::launch::async, make);
    };
    auto comm =
        aside([&] { return std::make_unique<CommLogStore>(directory, counts.comm, counts.arrivals); });
    auto apiLogs = aside([&] { return std::make_unique<ApiLogStore>(directory, counts.apiLogs); });
    auto audit = aside([&] { return std::make_unique<NotifAuditStore>(directory, counts.audit); });
    DemoStores stores;
    stores.mfa = std::make_unique<MfaAuditStore>(directory, counts.mfa);
    stores.comm = comm.get();
    stores.apiLogs = apiLogs.get();
    stores.audit = audit.get();
    return stores;
}
