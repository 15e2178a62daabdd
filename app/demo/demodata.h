#pragma once

#include "api/tokenasset.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

/** One demo portfolio: an address, its label and its holdings in the API's tokenAssets shape. */
struct DemoPortfolio
{
    /** Untranslated, as in the file; show it through DemoData::translatedLabel(). */
    QString label;
    QString address;
    QList<TokenAsset> assets;
};

/**
 * The demo server's built-in data under :/demo (resources/demo/ in the source tree): the
 * supported-chain list and the portfolio files, each {"label", "address", "tokenAssets": [...]}.
 */
namespace DemoData {

/** The chains of :/demo/chains.json; empty (with a warning) if the resource is broken. */
QList<ChainInfo> supportedChains();
/** The built-in portfolios in display order; a broken file is skipped with a warning. */
QList<DemoPortfolio> portfolios();
/** The label of a built-in portfolio in the UI language. */
QString translatedLabel(const QString &label);

/** Parses a chain list (a JSON array of the API's chain objects); nullopt and @p error on any deviation. */
std::optional<QList<ChainInfo>> parseChains(const QByteArray &json, QString *error);
/** Parses a portfolio file; nullopt and @p error on any deviation (wrong type, bad decimal …). */
std::optional<DemoPortfolio> parsePortfolio(const QByteArray &json, QString *error);

} // namespace DemoData
