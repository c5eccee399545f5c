#include "journal.h"

#include "journalworker.h"

#include <QTimer>

namespace Candela::Core {

void Journal::ThreadStopper::operator()(QThread* thread) const
{
    thread->quit();
    thread->wait();
    delete thread;
}

Journal::Journal(QObject* parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new JournalWorker)
{
    m_thread->setObjectName(QStringLiteral("candela-journal"));
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    // Writer thread → owner thread.
    connect(m_worker, &JournalWorker::committed, this, &Journal::committed, Qt::QueuedConnection);
    connect(m_worker, &JournalWorker::failed, this, &Journal::failed, Qt::QueuedConnection);
    m_thread->start();
}

Journal::~Journal()
{
    flush();
}

Status Journal::open(const QString& path)
{
    Status status = success();
    runBlocking([&](JournalStore& store) { status = store.open(path); });
    return status;
}

qint64 Journal::enqueue(Job job)
{
    const qint64 sequence = ++m_sequence;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, sequence, job = std::move(job)]() mutable {
            worker->add(sequence, std::move(job));
        },
        Qt::QueuedConnection);
    return sequence;
}

void Journal::flush()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->flush(); }, Qt::BlockingQueuedConnection);
}

void Journal::runBlocking(const std::function<void(JournalStore&)>& work)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, &work] {
            worker->flush(); // reads and opens see every write queued before them
            work(worker->store());
        },
        Qt::BlockingQueuedConnection);
}

void JournalWorker::add(qint64 sequence, Journal::Job job)
{
    m_pending.emplace_back(sequence, std::move(job));
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        // Everything that arrives before the event loop turns goes into the same transaction.
        QTimer::singleShot(0, this, &JournalWorker::flush);
    }
}

void JournalWorker::flush()
{
    m_flushScheduled = false;
    if (m_pending.empty())
        return;
    const qint64 last = m_pending.back().first;
    std::vector<std::pair<qint64, Journal::Job>> batch;
    batch.swap(m_pending);
    Status status = m_store.begin();
    for (auto& [sequence, job] : batch) {
        if (!status)
            break;
        status = job(m_store);
    }
    if (status)
        status = m_store.commit();
    if (!status) {
        m_store.rollback();
        Q_EMIT failed(last, status.error().message);
        return;
    }
    Q_EMIT committed(last);
}

} // namespace Candela::Core
