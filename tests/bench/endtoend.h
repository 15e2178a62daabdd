#pragma once

#include "api/tokenasset.h"

#include <QList>

/**
 * The end-to-end figure: `okx-wallet-viewer export` of @p assets against a local server, beside
 * the Python peer doing the same job against the same server, each timed @p runs times as a child
 * process after one untimed warm-up run each. The app runs with its default settings and no saved
 * chain list. The runs alternate (app, peer, app, peer …) so that a change of load on the machine
 * falls on both sides alike. Prints both medians, the speed-up with PASS or MISS against 5x, the
 * app's HTTP requests with PASS or MISS against one, the peak RSS of each side and whether both CSV
 * files are identical; returns false on a MISS, a failed run or differing CSV files.
 */
bool runEndToEnd(const QList<TokenAsset> &assets, int runs);

/**
 * Serves @p assets from a local server until the process is interrupted, printing the environment
 * and the `export` command line to run against it, so the app can be profiled on its own
 * (perf record, valgrind …).
 */
int serveForProfiling(const QList<TokenAsset> &assets);
