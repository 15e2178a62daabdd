#pragma once

#include "api/apierror.h"
#include "money/usdcnyrate.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

/**
 * Strict parsing of OKX's public exchange-rate reply (GET /api/v5/market/exchange-rate), e.g.
 * {"code":"0","msg":"","data":[{"usdCny":"7.1543"}]}: the envelope as BalanceParser checks every
 * reply's, exactly one entry, and its usdCny a string that UsdCnyRate's rule accepts. Anything else
 * is an error (Malformed for a hostile or malformed value, Okx for an OKX error code, Http …), never
 * a rate.
 */
namespace ExchangeRateParser {

/**
 * Reads a complete reply of @p httpStatus with @p body, fetched at @p time: returns the error it stands
 * for, or None with the rate in @p rate (left unset on any error).
 */
ApiError parse(int httpStatus, const QByteArray &body, const QDateTime &time, std::optional<UsdCnyRate> *rate);

} // namespace ExchangeRateParser
