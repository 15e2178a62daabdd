#pragma once

#include "cli/exitcode.h"

#include <QString>

/** How a command-line step ended: an exit code and, on failure, one line for stderr. */
struct CommandResult
{
    ExitCode code = ExitCode::Ok;
    QString message;

    bool ok() const { return code == ExitCode::Ok; }
    static CommandResult success() { return {}; }
    static CommandResult failure(ExitCode code, const QString &message) { return {code, message}; }
    /** The exit code and the client's one-line message for an API failure. */
    static CommandResult fromApiError(const ApiError &error) { return {exitCodeFor(error), error.message()}; }
};
