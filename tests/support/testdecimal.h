#pragma once

#include "money/decimal.h"

/** The exact Decimal for a literal in a test; a literal Decimal cannot parse stops the test program. */
Decimal dec(const char *text);
