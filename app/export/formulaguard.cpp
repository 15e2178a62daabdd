#include "export/formulaguard.h"

namespace FormulaGuard {

QString unguarded(QString cell)
{
    // The writer added the mark exactly when the text after it needs one.
    if (cell.startsWith(Mark) && isNeeded(QStringView(cell).mid(1)))
        cell.remove(0, 1);
    return cell;
}

} // namespace FormulaGuard
