#include "storage/notificationrules.h"

bool NotificationRules::passes(const Decimal &previous, const Decimal &delta) const
{
    const Decimal moved = delta.abs();
    switch (thresholdUnit) {
    case ThresholdUnit::Off:
        return false;
    case ThresholdUnit::Usd:
        return moved > valueThreshold;
    case ThresholdUnit::Percent:
        // |delta| / |previous| > threshold / 100, without a division that could not be exact.
        if (previous.isZero())
            return !moved.isZero();
        return moved * Decimal::fromInteger(100) > valueThreshold * previous.abs();
    }
    return false;
}
