// The fuzz targets in an ordinary build: runs LLVMFuzzerTestOneInput over every file of the
// directories given (the seed corpus and the committed regression inputs), so a parser crash
// found once by the fuzzer stays fixed in the normal test suite. Any crash or broken promise
// aborts the run; an unreadable or empty directory is a failure too (it would prove nothing).

#include "fuzzsupport.h"

#include <QDirIterator>
#include <QFile>

#include <cstdio>

int main(int argc, char** argv)
{
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        QDirIterator files(QFile::decodeName(argv[i]), QDir::Files, QDirIterator::Subdirectories);
        int here = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
                return 1;
            }
            const QByteArray input = file.readAll();
            LLVMFuzzerTestOneInput(
                reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size()));
            ++here;
        }
        if (here == 0) {
            std::fprintf(stderr, "no inputs under %s\n", argv[i]);
            return 1;
        }
        inputs += here;
    }
    std::printf("%d inputs, no finding\n", inputs);
    return inputs > 0 ? 0 : 1;
}
