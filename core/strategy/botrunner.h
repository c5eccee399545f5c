#pragma once

#include "bot.h"

#include <QThreadPool>

#include <vector>

namespace Candela::Core {

// Evaluates many bots on their closed bars. Independent bots are spread over a named thread
// pool ("candela-bots"); each bot is touched by one worker only, and the call returns when all
// are done, so bots stay owned by the caller's thread between evaluations.
class BotRunner final
{
public:
    struct Job
    {
        Bot* bot = nullptr;
        Bar bar;
        Timestamp closeTime;
        TradingConditions conditions;
    };

    explicit BotRunner(int maxThreads = QThread::idealThreadCount());

    // Results in the order of `jobs`. Two jobs must not share a bot.
    std::vector<BotEvaluation> evaluate(const std::vector<Job>& jobs);

private:
    QThreadPool m_pool;
};

} // namespace Candela::Core
