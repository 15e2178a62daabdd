#include "cli/exitcode.h"

ExitCode exitCodeFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Okx:
    case ApiError::Kind::RateLimit:
        return ExitCode::ApiRefused;
    case ApiError::Kind::Http:
        // A 4xx without an OKX envelope is still a refusal; a bare 5xx (a gateway, say) is the
        // service failing, like the network.
        return error.httpStatus() >= 400 && error.httpStatus() < 500 ? ExitCode::ApiRefused : ExitCode::Network;
    case ApiError::Kind::Config:
        return ExitCode::Usage;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Malformed:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::None:
        break;
    }
    return ExitCode::Network;
}
