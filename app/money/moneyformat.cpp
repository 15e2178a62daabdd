#include "money/moneyformat.h"

#include <QCoreApplication>

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

/** The currency text for a non-negative amount: the symbol ("$", "¥") followed by the grouped number. */
QString withSymbol(FiatCurrency currency, const QString &number)
{
    return FiatCurrencies::symbol(currency) + number;
}

/** The symbol and |value| with two decimals. */
QString centsText(const Decimal &value, FiatCurrency currency, const QLocale &locale)
{
    return withSymbol(currency,
                      MoneyFormat::grouped(value.abs(), locale, MoneyFormat::UsdDecimals, MoneyFormat::UsdDecimals));
}

/**
 * The decimals that show @p maxDecimals significant digits of an amount below one ("0.000…"), so
 * that dust or a tiny price shows as what it is rather than a misleading zero; @p maxDecimals from one on.
 */
int significantDecimals(const Decimal &value, int maxDecimals)
{
    if (value.isZero() || value.abs() >= Decimal::fromInteger(1))
        return maxDecimals;
    const QString plain = value.abs().toPlainString(); // "0.000…"
    qsizetype firstSignificant = 2;
    while (plain.at(firstSignificant) == u'0')
        ++firstSignificant;
    return int(firstSignificant - 2) + maxDecimals;
}

/** "< %1": an amount too small for the digits shown; the pieces are the translation's (Chinese writes them its own way). */
QString below(const QString &amount)
{
    //: An amount too small to show, e.g. "< $0.01"; %1 is the smallest amount that can be shown.
    return QCoreApplication::translate("MoneyFormat", "< %1").arg(amount);
}

/** @p percent with one decimal and the translation's percent sign: "12.5 %", in Chinese "12.5%". */
QString percentText(const Decimal &percent, const QLocale &locale)
{
    //: A percentage; %1 is the number. Chinese writes it without the space: "12.5%".
    return QCoreApplication::translate("MoneyFormat", "%1 %").arg(MoneyFormat::grouped(percent, locale, 1, 1));
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
    return grouped(value, locale, 0, significantDecimals(value, BalanceDecimals));
}

QString MoneyFormat::amount(const Decimal &value, FiatCurrency currency, const QLocale &locale)
{
    if (isBelowOneCent(value) && value.isNegative()) {
        //: A negative amount too small to show, e.g. "> -$0.01"; %1 is that amount with its minus sign.
        return QCoreApplication::translate("MoneyFormat", "> %1")
            .arg(locale.negativeSign() + centsText(oneCent(), currency, locale));
    }
    if (isBelowOneCent(value))
        return below(centsText(oneCent(), currency, locale));
    const QString text = centsText(value, currency, locale);
    return value.isNegative() ? locale.negativeSign() + text : text;
}

QString MoneyFormat::amountExact(const Decimal &value, FiatCurrency currency, const QLocale &locale)
{
    const QString number = withSymbol(currency, grouped(value.abs(), locale, UsdDecimals, value.scale()));
    return value.isNegative() ? locale.negativeSign() + number : number;
}

QString MoneyFormat::price(const Decimal &value, FiatCurrency currency, const QLocale &locale)
{
    if (value.abs() >= oneCent() || value.isZero())
        return amount(value, currency, locale);
    // A price below a cent keeps its significant digits, as a balance does: $0.000000001234, never $0.00.
    const QString number =
        withSymbol(currency, grouped(value.abs(), locale, UsdDecimals, significantDecimals(value, PriceDigits)));
    return value.isNegative() ? locale.negativeSign() + number : number;
}

QString MoneyFormat::delta(const Decimal &value, FiatCurrency currency, const QLocale &locale)
{
    if (value.isZero())
        return centsText(value, currency, locale);
    const QString sign = value.isNegative() ? locale.negativeSign() : locale.positiveSign();
    if (isBelowOneCent(value))
        return below(sign + centsText(oneCent(), currency, locale));
    return sign + centsText(value, currency, locale);
}

QString MoneyFormat::share(const Decimal &part, const Decimal &whole, const QLocale &locale)
{
    if (whole.isZero())
        return QStringLiteral("—");
    const Decimal percent = part.percentOf(whole, 1);
    // A real holding never reads "0.0 %".
    if (percent.isZero() && !part.isZero())
        return below(percentText(*Decimal::parse(u"0.1"), locale));
    return percentText(percent, locale);
}
