#pragma once

#include "api/apierror.h"

/** The command line's exit codes; scripts rely on them, so they never change meaning. */
enum class ExitCode {
    Ok = 0,          ///< done
    Usage = 2,       ///< bad usage or bad input: unknown option, invalid address, unknown chain, no credentials
    ApiRefused = 3,  ///< OKX refused: an OKX error code, an auth failure, a rate limit still hit after retries
    Network = 4,     ///< network failure, timeout or malformed response
    OutputFailed = 5, ///< the output cannot be written
    NoWindow = 6      ///< no command word, and the window's executable is missing or cannot start
};

/** The exit code an API failure maps to (ApiRefused or Network). */
ExitCode exitCodeFor(const ApiError &error);
