// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "models/domain/WorkingCalendar.h"

#include <QGroupBox>

class QLabel;

namespace pingjia {

// The holiday-calendar part of the settings page. The built-in calendar ends with the
// release; when the State Council publishes a new year, the user loads a TSV file
// here. It is checked with WorkingCalendar before anything is stored, then copied into
// the home folder so the next start merges it too. Errors are shown in the section.
class CalendarSection : public QGroupBox {
    Q_OBJECT
public:
    // `base`: the built-in calendar; `userCalendarFile`: where a loaded file is kept
    // (merged over `base` at once when it exists, as at startup).
    CalendarSection(const WorkingCalendar &base, const QString &userCalendarFile,
                    QWidget *parent = nullptr);

    // Checks and stores the file; false (and the reason shown) when it is unusable,
    // leaving the stored file and the calendar in use as they were.
    bool loadFile(const QString &path);

    const WorkingCalendar &calendar() const { return m_calendar; }
    QString coverageText() const;
    QString errorText() const;

signals:
    void calendarLoaded(const pingjia::WorkingCalendar &calendar);

private:
    void chooseFile();
    void showError(const QString &message);

    WorkingCalendar m_base;
    WorkingCalendar m_calendar;
    QString m_userCalendarFile;
    QLabel *m_coverage = nullptr;
    QLabel *m_error = nullptr;
};

// `base` with the user's calendar file merged over it, as the app uses it. A missing
// file is no error; an unreadable or malformed one leaves `base` and says why.
WorkingCalendar withUserCalendar(const WorkingCalendar &base, const QString &userCalendarFile,
                                 QString *error);

// "2020–2026" or "2020–2024, 2026": consecutive years joined into ranges.
QString describeYears(const QList<int> &years);

} // namespace pingjia
