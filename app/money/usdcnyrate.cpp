#include "money/usdcnyrate.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/** Why @p text is no rate, or empty when its shape is a rate's (the value is checked afterwards). */
QString shapeProblem(QStringView text)
{
    if (text.isEmpty())
        return QCoreApplication::translate("UsdCnyRate", "it is empty");
    if (text.size() > UsdCnyRate::MaxTextLength)
        return QCoreApplication::translate("UsdCnyRate", "it is longer than %1 characters").arg(UsdCnyRate::MaxTextLength);
    const qsizetype point = text.indexOf(u'.');
    const QStringView integerPart = point < 0 ? text : text.left(point);
    const QStringView fraction = point < 0 ? QStringView() : text.mid(point + 1);
    const auto allDigits = [](QStringView part) { return std::all_of(part.begin(), part.end(), isAsciiDigit); };
    if (integerPart.isEmpty() || (point >= 0 && fraction.isEmpty()) || !allDigits(integerPart) || !allDigits(fraction))
        return QCoreApplication::translate("UsdCnyRate", "only digits with at most one '.' between them are allowed");
    if (integerPart.size() > UsdCnyRate::MaxIntegerDigits) {
        return QCoreApplication::translate("UsdCnyRate", "it has more than %1 digits before the decimal point")
            .arg(UsdCnyRate::MaxIntegerDigits);
    }
    if (fraction.size() > UsdCnyRate::MaxDecimals)
        return QCoreApplication::translate("UsdCnyRate", "it has more than %1 decimal places").arg(UsdCnyRate::MaxDecimals);
    return {};
}

} // namespace

std::optional<UsdCnyRate> UsdCnyRate::fromText(QStringView text, const QDateTime &time, QString *reason)
{
    const auto fail = [text, reason](const QString &problem) -> std::optional<UsdCnyRate> {
        if (reason) {
            // A hostile value may be megabytes long: the message quotes its start only.
            constexpr qsizetype QuotedLength = 40;
            const QString quoted = text.size() > QuotedLength ? text.left(QuotedLength).toString() + u'…' : text.toString();
            //: %1 is the (possibly shortened) text, %2 the reason
            *reason = QCoreApplication::translate("UsdCnyRate", "“%1” is not a USD/CNY rate: %2").arg(quoted, problem);
        }
        return std::nullopt;
    };

    if (const QString problem = shapeProblem(text); !problem.isEmpty())
        return fail(problem);
    // The shape is a subset of Decimal's, within its limits: parse() reads it exactly.
    const std::optional<Decimal> value = Decimal::parse(text);
    if (!value)
        return fail(QCoreApplication::translate("UsdCnyRate", "it is not a decimal number"));
    if (value->isZero())
        return fail(QCoreApplication::translate("UsdCnyRate", "it is zero"));
    if (!time.isValid())
        return fail(QCoreApplication::translate("UsdCnyRate", "its time is unknown"));
    return UsdCnyRate(*value, time.toUTC());
}
