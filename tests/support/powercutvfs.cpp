#include "powercutvfs.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

namespace Candela::Test {

namespace {

// One write or truncate not synced yet, in the order made.
struct PendingOp
{
    bool truncate = false;
    sqlite3_int64 offset = 0; // a write's offset, a truncate's new size
    std::string bytes;
};

struct Faults
{
    long long operations = 0;
    long long cutAt = 0; // the operation number that cuts the power; 0: none
    bool cut = false;
    int failCode = SQLITE_OK;
    int failAfter = 0; // writes that go through before the failures start
    int failCount = 0;
};

Faults g_faults;
sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;

struct File
{
    sqlite3_file base; // first: SQLite sees a File as a sqlite3_file
    sqlite3_file* real; // the default VFS's file, allocated right after this struct
    std::vector<PendingOp>* pending;
};

sqlite3_file* realOf(sqlite3_file* file)
{
    return reinterpret_cast<File*>(file)->real;
}

std::vector<PendingOp>& pendingOf(sqlite3_file* file)
{
    return *reinterpret_cast<File*>(file)->pending;
}

// Counts a write, truncate or sync; SQLITE_OK when it may go ahead.
int admit()
{
    if (g_faults.cut)
        return SQLITE_IOERR;
    ++g_faults.operations;
    if (g_faults.cutAt > 0 && g_faults.operations >= g_faults.cutAt) {
        g_faults.cut = true;
        return SQLITE_IOERR;
    }
    return SQLITE_OK;
}

int realSize(sqlite3_file* file, sqlite3_int64* size)
{
    return realOf(file)->pMethods->xFileSize(realOf(file), size);
}

sqlite3_int64 logicalSize(sqlite3_file* file, sqlite3_int64 size)
{
    for (const PendingOp& op : pendingOf(file))
        size = op.truncate ? op.offset : std::max(size, op.offset + sqlite3_int64(op.bytes.size()));
    return size;
}

int xClose(sqlite3_file* file)
{
    delete reinterpret_cast<File*>(file)->pending; // unsynced: lost, as on a real crash
    reinterpret_cast<File*>(file)->pending = nullptr;
    return realOf(file)->pMethods->xClose(realOf(file));
}

int xRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    if (g_faults.cut)
        return SQLITE_IOERR_READ;
    auto* out = static_cast<char*>(buffer);
    sqlite3_int64 size = 0;
    if (int rc = realSize(file, &size); rc != SQLITE_OK)
        return rc;
    std::memset(out, 0, size_t(amount));
    if (offset < size) {
        const int onDisk = int(std::min<sqlite3_int64>(amount, size - offset));
        const int rc = realOf(file)->pMethods->xRead(realOf(file), out, onDisk, offset);
        if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
            return rc;
    }
    sqlite3_int64 current = size;
    for (const PendingOp& op : pendingOf(file)) {
        if (op.truncate) {
            current = op.offset;
            if (current < offset + amount && current >= 0) {
                const sqlite3_int64 from = std::max(current, offset);
                std::memset(out + (from - offset), 0, size_t(offset + amount - from));
            }
            continue;
        }
        const sqlite3_int64 end = op.offset + sqlite3_int64(op.bytes.size());
        current = std::max(current, end);
        const sqlite3_int64 from = std::max(op.offset, offset);
        const sqlite3_int64 to = std::min(end, offset + amount);
        if (from < to)
            std::memcpy(
                out + (from - offset), op.bytes.data() + (from - op.offset), size_t(to - from));
    }
    return offset + amount > current ? SQLITE_IOERR_SHORT_READ : SQLITE_OK;
}

int xWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    if (int rc = admit(); rc != SQLITE_OK)
        return SQLITE_IOERR_WRITE;
    if (g_faults.failCount > 0 && g_faults.failAfter > 0) {
        --g_faults.failAfter;
    } else if (g_faults.failCount > 0) {
        --g_faults.failCount;
        return g_faults.failCode;
    }
    pendingOf(file).push_back(
        {false, offset, std::string(static_cast<const char*>(buffer), size_t(amount))});
    return SQLITE_OK;
}

int xTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    if (int rc = admit(); rc != SQLITE_OK)
        return SQLITE_IOERR_TRUNCATE;
    pendingOf(file).push_back({true, size, {}});
    return SQLITE_OK;
}

// What the disk keeps: the pending writes reach the real file, in order.
int xSync(sqlite3_file* file, int)
{
    if (int rc = admit(); rc != SQLITE_OK)
        return SQLITE_IOERR_FSYNC;
    sqlite3_file* real = realOf(file);
    for (const PendingOp& op : pendingOf(file)) {
        const int rc = op.truncate
            ? real->pMethods->xTruncate(real, op.offset)
            : real->pMethods->xWrite(real, op.bytes.data(), int(op.bytes.size()), op.offset);
        if (rc != SQLITE_OK)
            return rc;
    }
    pendingOf(file).clear();
    return SQLITE_OK; // (no fsync of the real file: its bytes are this model's platter)
}

int xFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    if (g_faults.cut)
        return SQLITE_IOERR_FSTAT;
    sqlite3_int64 onDisk = 0;
    if (int rc = realSize(file, &onDisk); rc != SQLITE_OK)
        return rc;
    *size = logicalSize(file, onDisk);
    return SQLITE_OK;
}

int xLock(sqlite3_file* file, int lock)
{
    return realOf(file)->pMethods->xLock(realOf(file), lock);
}

int xUnlock(sqlite3_file* file, int lock)
{
    return realOf(file)->pMethods->xUnlock(realOf(file), lock);
}

int xCheckReservedLock(sqlite3_file* file, int* out)
{
    return realOf(file)->pMethods->xCheckReservedLock(realOf(file), out);
}

int xFileControl(sqlite3_file* file, int op, void* arg)
{
    return realOf(file)->pMethods->xFileControl(realOf(file), op, arg);
}

int xSectorSize(sqlite3_file* file)
{
    return realOf(file)->pMethods->xSectorSize(realOf(file));
}

int xDeviceCharacteristics(sqlite3_file* file)
{
    return realOf(file)->pMethods->xDeviceCharacteristics(realOf(file));
}

// The WAL index lives in shared memory, which a power cut loses anyway; SQLite rebuilds it from
// the WAL when the first connection opens the database again.
int xShmMap(sqlite3_file* file, int page, int size, int extend, void volatile** out)
{
    return realOf(file)->pMethods->xShmMap(realOf(file), page, size, extend, out);
}

int xShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    return realOf(file)->pMethods->xShmLock(realOf(file), offset, n, flags);
}

void xShmBarrier(sqlite3_file* file)
{
    realOf(file)->pMethods->xShmBarrier(realOf(file));
}

int xShmUnmap(sqlite3_file* file, int deleteFlag)
{
    return realOf(file)->pMethods->xShmUnmap(realOf(file), deleteFlag);
}

int xOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* out, int flags, int* outFlags)
{
    auto* file = reinterpret_cast<File*>(out);
    file->real = reinterpret_cast<sqlite3_file*>(file + 1);
    file->pending = nullptr;
    file->base.pMethods = nullptr;
    const int rc = g_real->xOpen(g_real, name, file->real, flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    file->pending = new std::vector<PendingOp>;
    file->base.pMethods = &g_methods;
    return SQLITE_OK;
}

int xDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    if (g_faults.cut)
        return SQLITE_IOERR_DELETE;
    return g_real->xDelete(g_real, name, syncDir);
}

} // namespace

PowerCutVfs& PowerCutVfs::install()
{
    static PowerCutVfs vfs;
    if (!g_real) {
        g_real = sqlite3_vfs_find(nullptr);
        g_vfs = *g_real;
        g_vfs.iVersion = std::min(g_real->iVersion, 3);
        g_vfs.zName = "candela_powercut";
        g_vfs.szOsFile = int(sizeof(File)) + g_real->szOsFile;
        g_vfs.xOpen = xOpen;
        g_vfs.xDelete = xDelete;
        g_methods = sqlite3_io_methods{};
        g_methods.iVersion = 2; // shared memory (WAL), no memory-mapped reads around the cache
        g_methods.xClose = xClose;
        g_methods.xRead = xRead;
        g_methods.xWrite = xWrite;
        g_methods.xTruncate = xTruncate;
        g_methods.xSync = xSync;
        g_methods.xFileSize = xFileSize;
        g_methods.xLock = xLock;
        g_methods.xUnlock = xUnlock;
        g_methods.xCheckReservedLock = xCheckReservedLock;
        g_methods.xFileControl = xFileControl;
        g_methods.xSectorSize = xSectorSize;
        g_methods.xDeviceCharacteristics = xDeviceCharacteristics;
        g_methods.xShmMap = xShmMap;
        g_methods.xShmLock = xShmLock;
        g_methods.xShmBarrier = xShmBarrier;
        g_methods.xShmUnmap = xShmUnmap;
        sqlite3_vfs_register(&g_vfs, 1);
    }
    return vfs;
}

void PowerCutVfs::cutAfter(int operations)
{
    g_faults.cutAt = operations > 0 ? g_faults.operations + operations : 0;
}

void PowerCutVfs::failWrites(int sqliteCode, int count, int after)
{
    g_faults.failCode = sqliteCode;
    g_faults.failCount = count;
    g_faults.failAfter = after;
}

void PowerCutVfs::restore()
{
    g_faults.cut = false;
    g_faults.cutAt = 0;
    g_faults.failCount = 0;
    g_faults.failAfter = 0;
}

bool PowerCutVfs::isCut() const
{
    return g_faults.cut;
}

long long PowerCutVfs::operations() const
{
    return g_faults.operations;
}

} // namespace Candela::Test
