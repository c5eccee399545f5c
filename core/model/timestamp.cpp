#include "timestamp.h"

namespace Candela::Core {

namespace {

bool readDigits(std::string_view text, size_t position, size_t count, int& value)
{
    if (position + count > text.size())
        return false;
    value = 0;
    for (size_t i = position; i < position + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    return true;
}

} // namespace

std::optional<Timestamp> parseIsoTimestamp(std::string_view text)
{
    // YYYY-MM-DDTHH:MM:SS[.fraction]Z
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (text.size() < 20 || !readDigits(text, 0, 4, year) || text[4] != '-'
        || !readDigits(text, 5, 2, month) || text[7] != '-' || !readDigits(text, 8, 2, day)
        || (text[10] != 'T' && text[10] != 't' && text[10] != ' ') || !readDigits(text, 11, 2, hour)
        || text[13] != ':' || !readDigits(text, 14, 2, minute) || text[16] != ':'
        || !readDigits(text, 17, 2, second))
        return std::nullopt;
    size_t position = 19;
    qint64 micros = 0;
    if (position < text.size() && text[position] == '.') {
        ++position;
        int digits = 0;
        while (position < text.size() && text[position] >= '0' && text[position] <= '9') {
            if (digits < 6) {
                micros = micros * 10 + (text[position] - '0');
                ++digits;
            }
            ++position;
        }
        if (digits == 0)
            return std::nullopt;
        for (; digits < 6; ++digits)
            micros *= 10;
    }
    if (position + 1 != text.size() || (text[position] != 'Z' && text[position] != 'z'))
        return std::nullopt;

    using namespace std::chrono;
    const year_month_day date{std::chrono::year(year), std::chrono::month(unsigned(month)),
        std::chrono::day(unsigned(day))};
    if (!date.ok() || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    return Timestamp(
        sys_days(date) + hours(hour) + minutes(minute) + seconds(second) + microseconds(micros));
}

QString toIsoString(Timestamp time)
{
    using namespace std::chrono;
    const auto day = floor<days>(time);
    const year_month_day date(day);
    const hh_mm_ss clock(time - day);
    const auto twoDigits
        = [](long value) { return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0')); };
    QString text
        = QStringLiteral("%1-%2-%3T%4:%5:%6")
              .arg(int(date.year()), 4, 10, QLatin1Char('0'))
              .arg(twoDigits(long(unsigned(date.month()))), twoDigits(long(unsigned(date.day()))),
                  twoDigits(clock.hours().count()), twoDigits(clock.minutes().count()),
                  twoDigits(long(clock.seconds().count())));
    const auto fraction = clock.subseconds().count();
    if (fraction != 0)
        text += QStringLiteral(".%1").arg(qint64(fraction), 6, 10, QLatin1Char('0'));
    return text + QLatin1Char('Z');
}

} // namespace Candela::Core
