#include "model/sortkeyorder.h"

#include "money/decimal.h"

std::optional<bool> SortKeyOrder::less(const QVariant &left, const QVariant &right, Qt::SortOrder order)
{
    // Rows with no number go last whichever way the column is sorted: the proxy asks
    // lessThan(right, left) for a descending sort, so "last" means "greater" only when ascending.
    if (left.isValid() != right.isValid())
        return order == Qt::AscendingOrder ? left.isValid() : right.isValid();

    int compared = 0;
    if (left.metaType() == QMetaType::fromType<Decimal>() && right.metaType() == QMetaType::fromType<Decimal>())
        compared = Decimal::compare(*static_cast<const Decimal *>(left.constData()),
                                    *static_cast<const Decimal *>(right.constData()));
    else if (left.isValid())
        compared = QString::localeAwareCompare(left.toString(), right.toString());
    if (compared != 0)
        return compared < 0;
    return std::nullopt;
}
