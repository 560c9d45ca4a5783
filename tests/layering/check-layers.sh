#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a layer includes a header of a layer above it or a Qt module its row of
# DESIGN.md §2 does not allow. Checks #include lines of every source of the layer.
set -u
root=${1:-.}
fail=0
check() { # folder, forbidden-regex, description
    local dir=$1 re=$2 what=$3 hits
    hits=$(grep -rnE "^\s*#\s*include\s*[<\"]($re)" "$root/$dir" --include='*.h' --include='*.cpp' 2>/dev/null)
    if [ -n "$hits" ]; then
        echo "layer $dir must not use $what:"; echo "$hits"; fail=1
    fi
}
gui='QtGui|QtWidgets|QWidget|QMainWindow|QDialog|QApplication|QGuiApplication|QPainter|QPdfWriter|QtCharts|QChart'
check models/domain "models/(secrets|store|sync|reports|itemmodels)|ui/|app/|QtSql|QSql|QtNetwork|QNetwork|QHttp|sqlite3|sodium|qt6keychain|$gui" "anything but QtCore"
check models/secrets "models/(store|sync|reports|itemmodels)|ui/|app/|QtSql|QSql|QtNetwork|QNetwork|$gui" "store, sync, SQL, network or GUI"
check models/store "models/(sync|reports|itemmodels)|ui/|app/|QtNetwork|QNetwork|$gui" "sync, network or GUI"
check models/sync "models/(reports|itemmodels)|ui/|app/|QSql|QtSql|sqlite3|$gui" "reports, item models, SQL or GUI"
check models/reports "models/(sync|itemmodels)|ui/|app/|QSql|QtSql|QNetwork|QtNetwork|QWidget|QtWidgets" "sync, item models, SQL, network or widgets"
check models/itemmodels "models/(sync|reports)|ui/|app/|QSql|QtSql|QNetwork|QtNetwork|$gui" "sync, reports, SQL, network or GUI"
check ui "app/|QSql|QtSql|sqlite3" "app or SQL"
check tools/platform-sim "models/(secrets|store|sync|reports|itemmodels)|ui/|app/|QSql|QtSql|$gui" "anything but domain and QtHttpServer"
[ $fail = 0 ] && echo "layering OK"
exit $fail
