#pragma once

#include "journal.h"

#include <QObject>

#include <vector>

namespace Candela::Core {

// The journal's worker on its thread: collects queued jobs and commits them in batches.
class JournalWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalWorker)

public:
    JournalWorker() = default;

    JournalStore& store() { return m_store; }
    void add(qint64 sequence, Journal::Job job);
    void flush();

Q_SIGNALS:
    void committed(qint64 upToSequence);
    void failed(qint64 upToSequence, const QString& message);

private:
    JournalStore m_store;
    std::vector<std::pair<qint64, Journal::Job>> m_pending;
    bool m_flushScheduled = false;
};

} // namespace Candela::Core
