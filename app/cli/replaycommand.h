#pragma once

#include <QStringList>

class QTextStream;

namespace Candela::Cli {

// candela-cli replay --input FILE.jsonl (--product ID --print book [--depth N] |
//                                        --print stats [--repeat K])
int runReplay(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Candela::Cli
