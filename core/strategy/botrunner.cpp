#include "botrunner.h"

#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

namespace Candela::Core {

namespace {
// Below this many bots the hand-off to the pool costs more than it saves.
constexpr size_t ParallelFrom = 4;
} // namespace

BotRunner::BotRunner(int maxThreads)
{
    m_pool.setObjectName(QStringLiteral("candela-bots"));
    m_pool.setMaxThreadCount(std::max(1, maxThreads));
}

std::vector<BotEvaluation> BotRunner::evaluate(const std::vector<Job>& jobs)
{
    std::vector<BotEvaluation> results(jobs.size());
    const auto run = [&](size_t index) {
        const Job& job = jobs[index];
        results[index] = job.bot->onClosedBar(job.bar, job.closeTime, job.conditions);
    };
    if (jobs.size() < ParallelFrom || m_pool.maxThreadCount() == 1) {
        for (size_t i = 0; i < jobs.size(); ++i)
            run(i);
        return results;
    }
    std::vector<size_t> indices(jobs.size());
    std::iota(indices.begin(), indices.end(), size_t(0));
    // Bot::onClosedBar does not throw; nothing crosses the pool's threads but values.
    QtConcurrent::blockingMap(&m_pool, indices, run);
    return results;
}

} // namespace Candela::Core
