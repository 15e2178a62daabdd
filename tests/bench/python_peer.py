#!/usr/bin/env python3
"""The benchmark's Python peer: the same job as `okx-wallet-viewer export`, written the idiomatic way.

Signs and sends GET supported/chain (for chain names) and GET all-token-balances-by-address with
requests + hmac + hashlib + base64, parses with json + decimal, computes exact values, sorts by value
(unpriced last), and writes the same CSV schema with the csv module, formula-injection guard included.

    OKX_API_KEY=… OKX_SECRET_KEY=… OKX_API_PASSPHRASE=… \
        python3 python_peer.py --base-url http://127.0.0.1:PORT --address ADDR --chains 1 --output out.csv
"""

import argparse
import base64
import csv
import datetime
import decimal
import hashlib
import hmac
import os
import sys

import requests

HEADER = ["address", "chainIndex", "chainName", "symbol", "tokenContractAddress", "balance",
          "rawBalance", "tokenPriceUsd", "valueUsd", "isRiskToken"]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def signed_get(session, base_url, path, params, credentials):
    """GET path?query with OKX's headers; the signature covers the exact path and query sent."""
    request = requests.Request("GET", base_url + path, params=params).prepare()
    request_path = request.path_url
    timestamp = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="milliseconds")
    timestamp = timestamp.replace("+00:00", "Z")
    prehash = timestamp + "GET" + request_path
    signature = base64.b64encode(hmac.new(credentials["secret"].encode(), prehash.encode(),
                                          hashlib.sha256).digest()).decode()
    request.headers.update({
        "OK-ACCESS-KEY": credentials["key"],
        "OK-ACCESS-SIGN": signature,
        "OK-ACCESS-TIMESTAMP": timestamp,
        "OK-ACCESS-PASSPHRASE": credentials["passphrase"],
        "Content-Type": "application/json",
    })
    if credentials["project"]:
        request.headers["OK-ACCESS-PROJECT"] = credentials["project"]
    response = session.send(request, timeout=20)
    response.raise_for_status()
    body = response.json()
    if str(body.get("code")) != "0":
        raise RuntimeError("OKX error %s: %s" % (body.get("code"), body.get("msg")))
    return body["data"]


def plain(value):
    """Plain notation, no exponent and no trailing zeros, like Decimal::toPlainString()."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "0") else text


def text_cell(value):
    # The app's rule (FormulaGuard): past any apostrophes it begins with, so its files read back exactly.
    return "'" + value if value.lstrip("'").startswith(FORMULA_START) else value


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--address", required=True)
    parser.add_argument("--chains", required=True)
    parser.add_argument("--output", required=True)
    args = parser.parse_args()

    decimal.getcontext().prec = 400  # exact: far more digits than any product of two API values
    credentials = {
        "key": os.environ["OKX_API_KEY"],
        "secret": os.environ["OKX_SECRET_KEY"],
        "passphrase": os.environ["OKX_API_PASSPHRASE"],
        "project": os.environ.get("OKX_PROJECT_ID", ""),
    }

    with requests.Session() as session:
        chains = signed_get(session, args.base_url, "/api/v5/dex/balance/supported/chain", None, credentials)
        names = {chain["chainIndex"]: chain["name"] for chain in chains}
        data = signed_get(session, args.base_url, "/api/v5/dex/balance/all-token-balances-by-address",
                          {"address": args.address, "chains": args.chains, "excludeRiskToken": "0"}, credentials)

    rows = []
    for asset in data[0]["tokenAssets"]:
        if asset["isRiskToken"]:
            continue
        price = decimal.Decimal(asset["tokenPrice"] or "0")
        value = decimal.Decimal(asset["balance"]) * price if price else None
        rows.append((asset, value))
    rows.sort(key=lambda row: (row[1] is None, -(row[1] or 0), row[0]["symbol"], row[0]["chainIndex"],
                               row[0]["tokenContractAddress"]))

    with open(args.output, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(HEADER)
        for asset, value in rows:
            writer.writerow([
                text_cell(asset["address"] or args.address),
                text_cell(asset["chainIndex"]),
                text_cell(names.get(asset["chainIndex"], "Chain " + asset["chainIndex"])),
                text_cell(asset["symbol"]),
                text_cell(asset["tokenContractAddress"]),
                asset["balance"],
                asset["rawBalance"],
                asset["tokenPrice"],
                "" if value is None else plain(value),
                "true" if asset["isRiskToken"] else "false",
            ])
    return 0


if __name__ == "__main__":
    sys.exit(main())
