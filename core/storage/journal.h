#pragma once

#include "journalstore.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace Candela::Core {

class JournalWorker;

// The journal's writer thread (STYLE.md rule 10). The owner — the engine — queues write jobs;
// the writer thread runs every job queued so far in one transaction and then reports, with
// committed(), the sequence number up to which everything is on disk. The engine treats a fill
// as done only after that. A failed batch is rolled back and reported; nothing is half-written.
class Journal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Journal)

public:
    using Job = std::function<Status(JournalStore& store)>;

    explicit Journal(QObject* parent = nullptr);
    ~Journal() override;

    // Opens (and migrates) the database on the writer thread; waits for the outcome.
    Status open(const QString& path);
    // Queues a job; returns its sequence number (1, 2, …).
    qint64 enqueue(Job job);
    // Waits until every job queued so far is committed (or failed); for shutdown and tests.
    void flush();
    // Runs `read` on the writer thread with the store and waits: reads see every commit.
    template<typename T>
    T read(std::function<T(JournalStore&)> read);

Q_SIGNALS:
    void committed(qint64 upToSequence);
    void failed(qint64 upToSequence, const QString& message);

private:
    struct ThreadStopper
    {
        void operator()(QThread* thread) const;
    };
    void runBlocking(const std::function<void(JournalStore&)>& work);

    std::unique_ptr<QThread, ThreadStopper> m_thread;
    JournalWorker* m_worker = nullptr; // lives on m_thread
    std::atomic<qint64> m_sequence{0};
};

template<typename T>
T Journal::read(std::function<T(JournalStore&)> read)
{
    std::optional<T> result;
    runBlocking([&](JournalStore& store) { result = read(store); });
    return std::move(*result);
}

} // namespace Candela::Core
