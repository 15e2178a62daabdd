#include "money/moneyformat.h"

namespace {

const Decimal &oneCent()
{
    static const Decimal cent = *Decimal::parse(u"0.01");
    return cent;
}

/** Inserts the locale's group separator every three digits of a run of ASCII digits. */
QString groupDigits(const QString &digits, const QLocale &locale)
{
    if (locale.numberOptions().testFlag(QLocale::OmitGroupSeparator) || digits.size() <= 3)
        return digits;
    const QString separator = locale.groupSeparator();
    QString result;
    result.reserve(digits.size() + (digits.size() / 3) * separator.size());
    const qsizetype head = digits.size() % 3;
    result += QStringView(digits).left(head);
    for (qsizetype i = head; i < digits.size(); i += 3) {
        if (!result.isEmpty())
            result += separator;
        result += QStringView(digits).mid(i, 3);
    }
    return result;
}

/** The currency text for a non-negative amount: "$" followed by the grouped number. */
QString dollars(const QString &number)
{
    return QStringLiteral("$") + number;
}

/** "$" and |value| with two decimals. */
QString centsText(const Decimal &value, const QLocale &locale)
{
    return dollars(MoneyFormat::grouped(value.abs(), locale, MoneyFormat::UsdDecimals, MoneyFormat::UsdDecimals));
}

/** True for a non-zero amount that two decimals would show as zero. */
bool isBelowOneCent(const Decimal &value)
{
    return !value.isZero() && value.roundedTo(MoneyFormat::UsdDecimals).isZero();
}

} // namespace

QString MoneyFormat::grouped(const Decimal &value, const QLocale &locale, int minDecimals, int maxDecimals)
{
    const QString plain = value.roundedTo(maxDecimals).toPlainString();
    const bool negative = plain.startsWith(u'-');
    const QStringView unsignedText = QStringView(plain).mid(negative ? 1 : 0);
    const qsizetype point = unsignedText.indexOf(u'.');
    const QString integerDigits = (point < 0 ? unsignedText : unsignedText.left(point)).toString();
    QString fraction = point < 0 ? QString() : unsignedText.mid(point + 1).toString();
    if (fraction.size() < minDecimals)
        fraction += QString(minDecimals - fraction.size(), u'0');

    QString result;
    if (negative)
        result += locale.negativeSign();
    result += groupDigits(integerDigits, locale);
    if (!fraction.isEmpty())
        result += locale.decimalPoint() + fraction;
    return result;
}

QString MoneyFormat::balance(const Decimal &value, const QLocale &locale)
{
    // Below one, count significant digits rather than places, so a dust balance of 1e-18 still
    // shows as what it is instead of a misleading "0".
    int decimals = BalanceDecimals;
    if (!value.isZero() && value.abs() < Decimal::fromInteger(1)) {
        const QString plain = value.abs().toPlainString(); // "0.000…"
        qsizetype firstSignificant = 2;
        while (plain.at(firstSignificant) == u'0')
            ++firstSignificant;
        decimals = int(firstSignificant - 2) + BalanceDecimals;
    }
    return grouped(value, locale, 0, decimals);
}

QString MoneyFormat::usd(const Decimal &value, const QLocale &locale)
{
    if (isBelowOneCent(value))
        return (value.isNegative() ? QStringLiteral("> -") : QStringLiteral("< ")) + centsText(oneCent(), locale);
    return value.isNegative() ? locale.negativeSign() + centsText(value, locale) : centsText(value, locale);
}

QString MoneyFormat::usdExact(const Decimal &value, const QLocale &locale)
{
    const QString number = dollars(grouped(value.abs(), locale, UsdDecimals, value.scale()));
    return value.isNegative() ? locale.negativeSign() + number : number;
}

QString MoneyFormat::usdPrice(const Decimal &value, const QLocale &locale)
{
    if (value.abs() >= oneCent() || value.isZero())
        return usd(value, locale);
    return dollars(grouped(value, locale, UsdDecimals, BalanceDecimals));
}

QString MoneyFormat::usdDelta(const Decimal &value, const QLocale &locale)
{
    if (value.isZero())
        return centsText(value, locale);
    const QString sign = value.isNegative() ? locale.negativeSign() : locale.positiveSign();
    if (isBelowOneCent(value))
        return QStringLiteral("< ") + sign + centsText(oneCent(), locale);
    return sign + centsText(value, locale);
}

QString MoneyFormat::share(const Decimal &part, const Decimal &whole, const QLocale &locale)
{
    if (whole.isZero())
        return QStringLiteral("—");
    return grouped(part.percentOf(whole, 1), locale, 1, 1) + QStringLiteral(" %");
}
