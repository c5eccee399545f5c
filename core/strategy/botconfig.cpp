#include "botconfig.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace Candela::Core {

namespace {

// Collects problems while reading a JSON object, so that one pass reports all of them.
class Reader final
{
public:
    Reader(const QJsonObject& object, QString path, QStringList& problems)
        : m_object(object)
        , m_path(std::move(path))
        , m_problems(problems)
    { }

    QString where(const QString& key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }
    void problem(const QString& key, const QString& text)
    {
        m_problems.append(where(key) + QStringLiteral(": ") + text);
    }

    bool has(const QString& key) const { return m_object.contains(key); }

    QString string(const QString& key, const QString& fallback, bool required = false)
    {
        m_known.insert(key);
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            if (required)
                problem(key, QStringLiteral("is required"));
            return fallback;
        }
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            problem(key, QStringLiteral("must be a non-empty string"));
            return fallback;
        }
        return value.toString();
    }

    double number(const QString& key, double fallback, double min, double max)
    {
        m_known.insert(key);
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            problem(key, QStringLiteral("must be a number"));
            return fallback;
        }
        const double number = value.toDouble();
        if (number < min || number > max) {
            problem(key,
                QStringLiteral("must be between %1 and %2, not %3").arg(min).arg(max).arg(number));
            return fallback;
        }
        return number;
    }

    int integer(const QString& key, int fallback, int min, int max)
    {
        const double value = number(key, fallback, min, max);
        if (value != std::floor(value)) {
            problem(key, QStringLiteral("must be a whole number, not %1").arg(value));
            return fallback;
        }
        return int(value);
    }

    bool boolean(const QString& key, bool fallback)
    {
        m_known.insert(key);
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isBool()) {
            problem(key, QStringLiteral("must be true or false"));
            return fallback;
        }
        return value.toBool();
    }

    QJsonObject object(const QString& key)
    {
        m_known.insert(key);
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isObject())
            problem(key, QStringLiteral("must be an object"));
        return value.toObject();
    }

    // Typos ("buy_treshold") must not silently fall back to defaults.
    void refuseUnknownKeys()
    {
        for (const QString& key : m_object.keys()) {
            if (!m_known.contains(key))
                problem(key, QStringLiteral("is not a known setting"));
        }
    }

private:
    QJsonObject m_object;
    QString m_path;
    QStringList& m_problems;
    QSet<QString> m_known;
};

// "entry": {"type": "limit_post_only", "offset_ticks": 2, "timeout_s": 120, "reprice": true,
// "fallback": "market"}; every field but the type has its default.
void readEntry(const QJsonObject& object, EntryPolicy& entry, QStringList& problems)
{
    Reader reader(object, QStringLiteral("entry"), problems);
    const QString type = reader.string(QStringLiteral("type"), QStringLiteral("market"));
    if (type == QLatin1String("limit_post_only"))
        entry.type = EntryPolicy::Type::LimitPostOnly;
    else if (type != QLatin1String("market"))
        reader.problem(QStringLiteral("type"),
            QStringLiteral("must be \"market\" or \"limit_post_only\", not \"%1\"").arg(type));
    entry.offsetTicks = reader.integer(QStringLiteral("offset_ticks"), entry.offsetTicks, 0, 10000);
    entry.timeout = std::chrono::seconds(
        reader.integer(QStringLiteral("timeout_s"), int(entry.timeout.count()), 1, 7 * 86400));
    entry.reprice = reader.boolean(QStringLiteral("reprice"), entry.reprice);
    const QString fallback = reader.string(QStringLiteral("fallback"), QStringLiteral("cancel"));
    if (fallback == QLatin1String("market"))
        entry.fallback = EntryPolicy::Fallback::Market;
    else if (fallback != QLatin1String("cancel"))
        reader.problem(QStringLiteral("fallback"),
            QStringLiteral("must be \"market\" or \"cancel\", not \"%1\"").arg(fallback));
    if (!entry.isMaker()) {
        for (const char* key : {"offset_ticks", "timeout_s", "reprice", "fallback"}) {
            if (object.contains(QLatin1String(key)))
                reader.problem(QLatin1String(key),
                    QStringLiteral("applies to \"limit_post_only\" entries only"));
        }
    }
    reader.refuseUnknownKeys();
}

// "exit": {"take_profit": "resting_limit"} (or "market", the default).
void readExit(const QJsonObject& object, ExitPolicy& exit, QStringList& problems)
{
    Reader reader(object, QStringLiteral("exit"), problems);
    const QString takeProfit
        = reader.string(QStringLiteral("take_profit"), QStringLiteral("market"));
    if (takeProfit == QLatin1String("resting_limit"))
        exit.takeProfit = ExitPolicy::TakeProfit::RestingLimit;
    else if (takeProfit != QLatin1String("market"))
        reader.problem(QStringLiteral("take_profit"),
            QStringLiteral("must be \"market\" or \"resting_limit\", not \"%1\"").arg(takeProfit));
    reader.refuseUnknownKeys();
}

template<typename Params>
void readSignalHeader(Reader& reader, BotConfig::Signal<Params>& signal)
{
    signal.enabled = reader.boolean(QStringLiteral("enabled"), true);
    signal.weight = reader.number(QStringLiteral("weight"), 0, 0, 1);
}

// "buy_threshold must be below sell_threshold (70 ≥ 30)" unless low < high.
template<typename T>
void requireBelow(Reader& reader, const char* lowKey, T low, const char* highKey, T high)
{
    if (low < high)
        return;
    reader.problem(QLatin1String(lowKey),
        QStringLiteral("must be below %1 (%2 ≥ %3)")
            .arg(QLatin1String(highKey))
            .arg(low)
            .arg(high));
}

void readRsi(const QJsonObject& object, BotConfig& config, QStringList& problems)
{
    Reader reader(object, QStringLiteral("signals.rsi"), problems);
    readSignalHeader(reader, config.rsi);
    RsiSignalParams& p = config.rsi.params;
    p.period = reader.integer(QStringLiteral("period"), p.period, 2, 500);
    p.buyThreshold = reader.number(QStringLiteral("buy_threshold"), p.buyThreshold, 0, 100);
    p.sellThreshold = reader.number(QStringLiteral("sell_threshold"), p.sellThreshold, 0, 100);
    requireBelow(reader, "buy_threshold", p.buyThreshold, "sell_threshold", p.sellThreshold);
    reader.refuseUnknownKeys();
}

void readMovingAverage(const QJsonObject& object, BotConfig& config, QStringList& problems)
{
    Reader reader(object, QStringLiteral("signals.moving_average"), problems);
    readSignalHeader(reader, config.movingAverage);
    MovingAverageSignalParams& p = config.movingAverage.params;
    p.fastPeriod = reader.integer(QStringLiteral("fast_period"), p.fastPeriod, 1, 1000);
    p.slowPeriod = reader.integer(QStringLiteral("slow_period"), p.slowPeriod, 2, 1000);
    p.fullSeparation = reader.number(QStringLiteral("full_separation"), p.fullSeparation, 1e-9, 1);
    requireBelow(reader, "fast_period", p.fastPeriod, "slow_period", p.slowPeriod);
    reader.refuseUnknownKeys();
}

void readMacd(const QJsonObject& object, BotConfig& config, QStringList& problems)
{
    Reader reader(object, QStringLiteral("signals.macd"), problems);
    readSignalHeader(reader, config.macd);
    MacdSignalParams& p = config.macd.params;
    p.fastPeriod = reader.integer(QStringLiteral("fast_period"), p.fastPeriod, 1, 1000);
    p.slowPeriod = reader.integer(QStringLiteral("slow_period"), p.slowPeriod, 2, 1000);
    p.signalPeriod = reader.integer(QStringLiteral("signal_period"), p.signalPeriod, 1, 1000);
    p.fullHistogram = reader.number(QStringLiteral("full_histogram"), p.fullHistogram, 1e-9, 1);
    requireBelow(reader, "fast_period", p.fastPeriod, "slow_period", p.slowPeriod);
    reader.refuseUnknownKeys();
}

void readTrigger(const QJsonObject& signalsObject, const char* name, BotConfig::Trigger& trigger,
    BotConfig& config, QStringList& problems)
{
    const QString key = QLatin1String(name);
    if (!signalsObject.contains(key))
        return;
    Reader reader(signalsObject.value(key).toObject(), QStringLiteral("signals.") + key, problems);
    trigger.enabled = reader.boolean(QStringLiteral("enabled"), true);
    trigger.weight = reader.number(QStringLiteral("weight"), 0, 0, 1);
    TriggerParams& p = config.triggerParams;
    if (key == QLatin1String("volume_spike")) {
        p.volumePeriod = reader.integer(QStringLiteral("period"), p.volumePeriod, 2, 1000);
        p.volumeMultiple = reader.number(QStringLiteral("multiple"), p.volumeMultiple, 1, 100);
    } else if (key == QLatin1String("breakout")) {
        p.breakoutBars = reader.integer(QStringLiteral("bars"), p.breakoutBars, 2, 1000);
    } else if (key == QLatin1String("momentum")) {
        p.momentumBars = reader.integer(QStringLiteral("bars"), p.momentumBars, 1, 1000);
        p.fullMomentum = reader.number(QStringLiteral("full_change"), p.fullMomentum, 1e-6, 1);
    }
    reader.refuseUnknownKeys();
}

std::optional<SignalKind> signalKindFromName(const QString& name)
{
    for (size_t i = 0; i < SignalKindCount; ++i) {
        const auto kind = SignalKind(i);
        if (name == QLatin1String(signalName(kind)))
            return kind;
    }
    return std::nullopt;
}

void readRegimeSignalSets(const QJsonObject& object, BotConfig& config, QStringList& problems)
{
    Reader reader(object, QStringLiteral("regime.signals"), problems);
    const std::pair<const char*, Regime> regimes[] = {{"trending", Regime::Trending},
        {"ranging", Regime::Ranging}, {"volatile", Regime::Volatile}};
    for (const auto& [name, regime] : regimes) {
        const QString key = QLatin1String(name);
        if (!object.contains(key))
            continue;
        const QJsonValue list = object.value(key);
        if (!list.isArray()) {
            reader.problem(key, QStringLiteral("must be a list of signal names"));
            continue;
        }
        std::set<SignalKind>& set = config.regime.signalSets[regime];
        for (const QJsonValue& entry : list.toArray()) {
            const auto kind = signalKindFromName(entry.toString());
            if (kind)
                set.insert(*kind);
            else
                reader.problem(key, QStringLiteral("\"%1\" is not a signal").arg(entry.toString()));
        }
    }
    for (const QString& key : object.keys()) {
        if (key != QLatin1String("trending") && key != QLatin1String("ranging")
            && key != QLatin1String("volatile"))
            reader.problem(key, QStringLiteral("is not a regime (trending, ranging, volatile)"));
    }
}

} // namespace

Result<BotConfig> BotConfig::fromJson(const QByteArray& json)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::ParseError,
            QStringLiteral("bot config is not valid JSON at offset %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    if (!document.isObject())
        return makeError(ErrorCode::ParseError, QStringLiteral("bot config must be a JSON object"));

    BotConfig config;
    QStringList problems;
    Reader reader(document.object(), QString(), problems);
    config.name = reader.string(QStringLiteral("name"), {}, true);
    if (config.name == QLatin1String("Manual"))
        reader.problem(QStringLiteral("name"),
            QStringLiteral("\"Manual\" is the ledger of the trader's own orders; choose another"));
    config.product = reader.string(QStringLiteral("product"), {}, true);
    const QString timeframe = reader.string(QStringLiteral("timeframe"), QStringLiteral("5m"));
    if (const auto parsed = timeframeFromShortName(timeframe))
        config.timeframe = *parsed;
    else
        reader.problem(QStringLiteral("timeframe"),
            QStringLiteral("\"%1\" is not one of 1m, 5m, 15m, 1h, 4h, 1d").arg(timeframe));

    const QJsonObject signalsObject = reader.object(QStringLiteral("signals"));
    {
        Reader signalsReader(signalsObject, QStringLiteral("signals"), problems);
        const QJsonObject rsi = signalsReader.object(QStringLiteral("rsi"));
        const QJsonObject movingAverage = signalsReader.object(QStringLiteral("moving_average"));
        const QJsonObject macd = signalsReader.object(QStringLiteral("macd"));
        for (const char* trigger : {"volume_spike", "breakout", "reversal", "momentum"})
            signalsReader.object(QLatin1String(trigger));
        signalsReader.refuseUnknownKeys();
        if (signalsObject.contains(QStringLiteral("rsi")))
            readRsi(rsi, config, problems);
        if (signalsObject.contains(QStringLiteral("moving_average")))
            readMovingAverage(movingAverage, config, problems);
        if (signalsObject.contains(QStringLiteral("macd")))
            readMacd(macd, config, problems);
        readTrigger(signalsObject, "volume_spike", config.volumeSpike, config, problems);
        readTrigger(signalsObject, "breakout", config.breakout, config, problems);
        readTrigger(signalsObject, "reversal", config.reversal, config, problems);
        readTrigger(signalsObject, "momentum", config.momentum, config, problems);
    }
    double weights = 0;
    int enabled = 0;
    for (const auto& [on, weight] : {std::pair{config.rsi.enabled, config.rsi.weight},
             std::pair{config.movingAverage.enabled, config.movingAverage.weight},
             std::pair{config.macd.enabled, config.macd.weight},
             std::pair{config.volumeSpike.enabled, config.volumeSpike.weight},
             std::pair{config.breakout.enabled, config.breakout.weight},
             std::pair{config.reversal.enabled, config.reversal.weight},
             std::pair{config.momentum.enabled, config.momentum.weight}}) {
        if (on) {
            weights += weight;
            ++enabled;
        }
    }
    if (enabled == 0)
        reader.problem(
            QStringLiteral("signals"), QStringLiteral("at least one signal must be enabled"));
    if (weights > 1.0 + 1e-9)
        reader.problem(QStringLiteral("signals"),
            QStringLiteral("the enabled signals' weights sum to %1; they must sum to at most 1.0")
                .arg(weights));

    config.neutralBand = reader.number(QStringLiteral("neutral_band"), config.neutralBand, 0, 0.5);
    config.buyScore = reader.number(QStringLiteral("buy_score"), config.buyScore, 0.01, 1);
    config.sellScore = reader.number(QStringLiteral("sell_score"), config.sellScore, 0.01, 1);
    config.confirmation = std::chrono::minutes(reader.integer(
        QStringLiteral("confirmation_minutes"), int(config.confirmation.count()), 0, 1440));
    config.cooldown = std::chrono::minutes(
        reader.integer(QStringLiteral("cooldown_minutes"), int(config.cooldown.count()), 0, 10080));
    const QString size = reader.string(QStringLiteral("position_size"), {}, true);
    if (!size.isEmpty()) {
        if (const auto parsed = Decimal::fromString(size); parsed && parsed->isPositive())
            config.positionSize = *parsed;
        else
            reader.problem(QStringLiteral("position_size"),
                QStringLiteral("must be a positive decimal string such as \"0.001\", not \"%1\"")
                    .arg(size));
    }
    config.risk = reader.object(QStringLiteral("risk"));
    if (reader.has(QStringLiteral("entry")))
        readEntry(reader.object(QStringLiteral("entry")), config.entry, problems);
    if (reader.has(QStringLiteral("exit")))
        readExit(reader.object(QStringLiteral("exit")), config.exit, problems);
    const QJsonObject regime = reader.object(QStringLiteral("regime"));
    {
        Reader regimeReader(regime, QStringLiteral("regime"), problems);
        config.regime.trendingAdx = regimeReader.number(
            QStringLiteral("trending_adx"), config.regime.trendingAdx, 0, 100);
        config.regime.volatileAtrFraction = regimeReader.number(
            QStringLiteral("volatile_atr_fraction"), config.regime.volatileAtrFraction, 0, 1);
        const QJsonObject signalSets = regimeReader.object(QStringLiteral("signals"));
        if (regime.contains(QStringLiteral("signals")))
            readRegimeSignalSets(signalSets, config, problems);
        regimeReader.refuseUnknownKeys();
    }
    reader.refuseUnknownKeys();

    if (!problems.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("bot config \"%1\" is invalid:\n").arg(config.name)
                + problems.join(QLatin1Char('\n')));
    return config;
}

Result<BotConfig> BotConfig::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::IoError, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    auto config = fromJson(file.readAll());
    if (!config)
        return makeError(config.error().code, path + QStringLiteral(": ") + config.error().message);
    return config;
}

QJsonObject BotConfig::toJson() const
{
    const auto signalJson = [](bool enabled, double weight) {
        return QJsonObject{
            {QStringLiteral("enabled"), enabled}, {QStringLiteral("weight"), weight}};
    };
    QJsonObject rsiJson = signalJson(rsi.enabled, rsi.weight);
    rsiJson.insert(QStringLiteral("period"), rsi.params.period);
    rsiJson.insert(QStringLiteral("buy_threshold"), rsi.params.buyThreshold);
    rsiJson.insert(QStringLiteral("sell_threshold"), rsi.params.sellThreshold);
    QJsonObject maJson = signalJson(movingAverage.enabled, movingAverage.weight);
    maJson.insert(QStringLiteral("fast_period"), movingAverage.params.fastPeriod);
    maJson.insert(QStringLiteral("slow_period"), movingAverage.params.slowPeriod);
    maJson.insert(QStringLiteral("full_separation"), movingAverage.params.fullSeparation);
    QJsonObject macdJson = signalJson(macd.enabled, macd.weight);
    macdJson.insert(QStringLiteral("fast_period"), macd.params.fastPeriod);
    macdJson.insert(QStringLiteral("slow_period"), macd.params.slowPeriod);
    macdJson.insert(QStringLiteral("signal_period"), macd.params.signalPeriod);
    macdJson.insert(QStringLiteral("full_histogram"), macd.params.fullHistogram);
    QJsonObject signalsJson{{QStringLiteral("rsi"), rsiJson},
        {QStringLiteral("moving_average"), maJson}, {QStringLiteral("macd"), macdJson}};
    if (volumeSpike.enabled || volumeSpike.weight > 0) {
        QJsonObject trigger = signalJson(volumeSpike.enabled, volumeSpike.weight);
        trigger.insert(QStringLiteral("period"), triggerParams.volumePeriod);
        trigger.insert(QStringLiteral("multiple"), triggerParams.volumeMultiple);
        signalsJson.insert(QStringLiteral("volume_spike"), trigger);
    }
    if (breakout.enabled || breakout.weight > 0) {
        QJsonObject trigger = signalJson(breakout.enabled, breakout.weight);
        trigger.insert(QStringLiteral("bars"), triggerParams.breakoutBars);
        signalsJson.insert(QStringLiteral("breakout"), trigger);
    }
    if (reversal.enabled || reversal.weight > 0)
        signalsJson.insert(
            QStringLiteral("reversal"), signalJson(reversal.enabled, reversal.weight));
    if (momentum.enabled || momentum.weight > 0) {
        QJsonObject trigger = signalJson(momentum.enabled, momentum.weight);
        trigger.insert(QStringLiteral("bars"), triggerParams.momentumBars);
        trigger.insert(QStringLiteral("full_change"), triggerParams.fullMomentum);
        signalsJson.insert(QStringLiteral("momentum"), trigger);
    }
    QJsonObject regimeJson{{QStringLiteral("trending_adx"), regime.trendingAdx},
        {QStringLiteral("volatile_atr_fraction"), regime.volatileAtrFraction}};
    if (!regime.signalSets.empty()) {
        QJsonObject sets;
        for (const auto& [which, kinds] : regime.signalSets) {
            QJsonArray names;
            for (const SignalKind kind : kinds)
                names.append(QLatin1String(signalName(kind)));
            const char* key = which == Regime::Trending ? "trending"
                : which == Regime::Ranging              ? "ranging"
                                                        : "volatile";
            sets.insert(QLatin1String(key), names);
        }
        regimeJson.insert(QStringLiteral("signals"), sets);
    }
    QJsonObject json{
        {QStringLiteral("name"), name},
        {QStringLiteral("product"), product},
        {QStringLiteral("timeframe"), toShortName(timeframe)},
        {QStringLiteral("signals"), signalsJson},
        {QStringLiteral("neutral_band"), neutralBand},
        {QStringLiteral("buy_score"), buyScore},
        {QStringLiteral("sell_score"), sellScore},
        {QStringLiteral("confirmation_minutes"), qint64(confirmation.count())},
        {QStringLiteral("cooldown_minutes"), qint64(cooldown.count())},
        {QStringLiteral("position_size"), positionSize.toString()},
        {QStringLiteral("risk"), risk},
        {QStringLiteral("regime"), regimeJson},
    };
    // Only a maker entry is written: a market entry's configuration keeps the hash it had.
    if (entry.isMaker())
        json.insert(QStringLiteral("entry"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("limit_post_only")},
                {QStringLiteral("offset_ticks"), entry.offsetTicks},
                {QStringLiteral("timeout_s"), qint64(entry.timeout.count())},
                {QStringLiteral("reprice"), entry.reprice},
                {QStringLiteral("fallback"),
                    entry.fallback == EntryPolicy::Fallback::Market ? QStringLiteral("market")
                                                                    : QStringLiteral("cancel")}});
    // Likewise only a resting take profit.
    if (exit.restsTakeProfit())
        json.insert(QStringLiteral("exit"),
            QJsonObject{{QStringLiteral("take_profit"), QStringLiteral("resting_limit")}});
    return json;
}

QString configHash(const QJsonObject& config)
{
    const QByteArray canonical = QJsonDocument(config).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex().left(16));
}

QString BotConfig::hash() const
{
    return configHash(toJson());
}

} // namespace Candela::Core
