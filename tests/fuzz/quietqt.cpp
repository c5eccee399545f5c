// Parsers log what they reject (once per kind); under a fuzzer that is millions of lines. Quiet
// them before the first input, in the fuzzer and in the corpus runner alike.

#include <QtGlobal>

namespace {

void discard(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg) // a qFatal is a finding: keep its text
        qt_message_output(type, {}, message);
}

const bool installed = (qInstallMessageHandler(discard), true);

} // namespace
