#include "testdecimal.h"

#include <QString>

Decimal dec(const char *text)
{
    const auto value = Decimal::parse(QString::fromLatin1(text));
    if (!value)
        qFatal("bad test literal %s", text);
    return *value;
}
