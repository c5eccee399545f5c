// STYLE.md rule 8: every connect has a context object. A connect to a lambda or free function
// without one runs on whatever thread emits, and outlives the object the lambda uses; Qt 6.7+
// makes it a compile error under QT_NO_CONTEXTLESS_CONNECT, which the Qt 6.4 floor ignores. This
// test finds them on any Qt.

#include "sourcetree.h"

#include <QTest>

namespace {

// The arguments of the call whose opening parenthesis is at `open`, split at top-level commas;
// empty when the call does not close in the file.
QStringList callArguments(const QString& text, qsizetype open)
{
    QStringList arguments;
    int depth = 0;
    qsizetype start = open + 1;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) { // skip a string literal
            for (++i; i < text.size() && text.at(i) != QLatin1Char('"'); ++i) {
                if (text.at(i) == QLatin1Char('\\'))
                    ++i;
            }
            continue;
        }
        if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{'))
            ++depth;
        else if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}')) {
            if (--depth == 0) {
                arguments.append(text.mid(start, i - start).trimmed());
                return arguments;
            }
        } else if (c == QLatin1Char(',') && depth == 1) {
            arguments.append(text.mid(start, i - start).trimmed());
            start = i + 1;
        }
    }
    return {};
}

} // namespace

class tst_ConnectContext : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theFinderSeesAContextlessConnect();
    void everyConnectToALambdaHasAContext();

private:
    // "file:line: call" for each connect(sender, signal, functor) with no context object.
    static QStringList contextless(const QString& text, const QString& name);
};

QStringList tst_ConnectContext::contextless(const QString& text, const QString& name)
{
    QStringList found;
    qsizetype at = 0;
    while ((at = text.indexOf(QLatin1String("connect("), at)) >= 0) {
        const bool word = at == 0
            || !(text.at(at - 1).isLetterOrNumber() || text.at(at - 1) == QLatin1Char('_'));
        const qsizetype open = at + 7;
        at = open;
        if (!word)
            continue;
        const QStringList arguments = callArguments(text, open);
        // connect(sender, &Sender::signal, functor): a functor third, with nothing after it
        // but, at most, a connection type.
        if (arguments.size() < 3 || !arguments[1].startsWith(QLatin1Char('&')))
            continue;
        const QString& third = arguments[2];
        const bool functor = third.startsWith(QLatin1Char('['))
            || (third.startsWith(QLatin1Char('&')) && !third.contains(QLatin1String("::"))
                && arguments.size() == 3);
        if (functor) {
            const qsizetype line = text.left(open).count(QLatin1Char('\n')) + 1;
            found.append(QStringLiteral("%1:%2: %3")
                             .arg(name)
                             .arg(line)
                             .arg(text.mid(open - 7, 80).simplified()));
        }
    }
    return found;
}

void tst_ConnectContext::theFinderSeesAContextlessConnect()
{
    const QString bad = QStringLiteral("connect(timer, &QTimer::timeout, "
                                       "[this] { tick(); });\n"
                                       "QObject::connect(&a, &A::done, "
                                       "[](int x) { f(x, g(1, 2)); });\n");
    QCOMPARE(contextless(bad, QStringLiteral("bad")).size(), 2);
    const QString good
        = QStringLiteral("connect(timer, &QTimer::timeout, this, [this] { tick(); });\n"
                         "connect(&a, &A::done, &b, &B::take, Qt::QueuedConnection);\n"
                         "disconnect(m_watch, nullptr, this, nullptr);\n"
                         "QObject::connect(&a, &A::done, &loop, &QEventLoop::quit);\n");
    QCOMPARE(contextless(good, QStringLiteral("good")), QStringList());
}

void tst_ConnectContext::everyConnectToALambdaHasAContext()
{
    QStringList found;
    const int checked = Candela::Test::forEachSource(
        {"/app", "/core", "/ui", "/tests"}, [&found](const QString& path, const QString& text) {
            if (!path.endsWith(QLatin1String("tst_connectcontext.cpp"))) // its own examples
                found += contextless(text, path);
        });
    QVERIFY(checked > 100);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_ConnectContext)
#include "tst_connectcontext.moc"
