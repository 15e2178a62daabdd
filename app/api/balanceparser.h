#pragma once

#include "api/apierror.h"
#include "api/apifamily.h"
#include "api/tokenasset.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

/**
 * Strict parsing of Balance API replies. Checks the envelope {code, msg, data} (code as string or
 * number), then every field's JSON type; any deviation is a Malformed error, never a partial result.
 * A non-zero code becomes an Okx error (RateLimit for 50011) carrying OKX's msg.
 *
 * The JSON is read with simdjson, which validates the whole document (UTF-8 included) and turns a
 * 10,000-asset reply into assets several times faster than a tree of Qt JSON values and UTF-16 keys.
 */
namespace BalanceParser {

/** Largest body accepted: bigger replies are Malformed. */
constexpr qint64 MaxBodyBytes = 32LL * 1024 * 1024;
/** Spare capacity past a body's end that lets the parser read it in place instead of copying it. */
constexpr qsizetype ReadPadding = 64;

/** The supported-chain list. */
ApiResult<QList<ChainInfo>> parseChains(int httpStatus, const QByteArray &body);
/** data[0].totalValue, exact. */
ApiResult<Decimal> parseTotalValue(int httpStatus, const QByteArray &body);
/** data[0].tokenAssets; @p family picks the token-address field name. */
ApiResult<QList<TokenAsset>> parseTokenAssets(int httpStatus, const QByteArray &body, ApiFamily family);

/** What parseSavedAssets() read. */
struct SavedAssets
{
    /** Why the document is unusable (Malformed), else None. */
    ApiError error;
    /**
     * The document's members other than "tokenAssets", for its writer to check (its format version
     * first); filled whenever the document is a JSON object, even when its assets are unusable.
     */
    QJsonObject otherMembers;
    QList<TokenAsset> assets;
};

/**
 * A document of the app's own making that keeps assets in the reply's form (the snapshot cache): a
 * JSON object whose "tokenAssets" array is read by the same rules as a reply's, the token address
 * in "tokenContractAddress". The assets never pass through Qt JSON values, which for 10,000 assets
 * would cost several times the file's size.
 */
SavedAssets parseSavedAssets(const QByteArray &json);

/**
 * The text of data[0].@p field in a reply whose data holds exactly one object: the same envelope
 * checks as every Balance reply (OKX's public endpoints answer in the same envelope). Malformed when
 * the field is missing or not a string; what the text must say is the caller's rule.
 */
ApiResult<QString> parseEntryText(int httpStatus, const QByteArray &body, const char *field);

/** The error an HTTP status and body describe, or a None error for a 2xx with code "0". */
ApiError envelopeError(int httpStatus, const QByteArray &body);

} // namespace BalanceParser
