#pragma once

/**
 * The value history figure: a history of 200 addresses × one year of daily refreshes (each with a
 * few holdings whose prices change every day, so nothing is deduplicated away), written through
 * ValueHistory as the app records it (one transaction per day's refresh), then
 * `okx-wallet-viewer history --output FILE` of all of it timed as a child process @p runs times
 * after an untimed warm-up. Prints the median with PASS or MISS against 1 s, the rows written and
 * the database's size; returns false on a MISS or a failed run.
 */
bool runHistoryBenchmark(int runs);
