#pragma once

namespace Candela::Test {

// An SQLite VFS over the system's default one, made the default for the whole process, so that
// every journal Qt's SQLite driver opens goes through it (RELIABILITY.md T09, T11). It keeps
// what a disk keeps: a write reaches the file only when the file is synced; until then it sits
// in memory, where reads see it. A power cut throws away everything not synced and fails every
// later write, sync and read, as a machine that lost power would; restore() brings the power
// back with the files as the last syncs left them.
//
// Test-only and single-threaded: the counters are plain integers, read and set between runs.
class PowerCutVfs final
{
public:
    // Registers the VFS (once) as the default and returns it.
    static PowerCutVfs& install();

    // The power goes off at the `operations`-th write, truncate or sync from now (that one is
    // lost too). Zero: never.
    void cutAfter(int operations);
    // After `after` more writes go through, the next `count` writes fail with `sqliteCode`
    // (SQLITE_FULL, SQLITE_IOERR…) and change nothing; the power stays on.
    void failWrites(int sqliteCode, int count = 1, int after = 0);
    // Power back, no faults armed; what was not synced before a cut is gone.
    void restore();

    bool isCut() const;
    // Writes, truncates and syncs since install(): to pick cut points from a whole run.
    long long operations() const;

private:
    PowerCutVfs() = default;
};

} // namespace Candela::Test
