// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CalendarSection.h"

#include "ui/Logging.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

#include <algorithm>

namespace pingjia {

QString describeYears(const QList<int> &unsortedYears)
{
    QList<int> years = unsortedYears;
    std::sort(years.begin(), years.end());
    QStringList ranges;
    for (qsizetype i = 0; i < years.size();) {
        qsizetype j = i;
        while (j + 1 < years.size() && years.at(j + 1) == years.at(j) + 1)
            ++j;
        ranges << (i == j ? QString::number(years.at(i))
                          : QStringLiteral("%1–%2").arg(years.at(i)).arg(years.at(j)));
        i = j + 1;
    }
    return ranges.join(QStringLiteral(", "));
}

WorkingCalendar withUserCalendar(const WorkingCalendar &base, const QString &userCalendarFile,
                                 QString *error)
{
    WorkingCalendar calendar = base;
    if (QFile::exists(userCalendarFile))
        calendar.mergeFile(userCalendarFile, error);
    return calendar;
}

CalendarSection::CalendarSection(const WorkingCalendar &base, const QString &userCalendarFile,
                                 QWidget *parent)
    : QGroupBox(tr("Holiday calendar"), parent), m_base(base), m_userCalendarFile(userCalendarFile)
{
    setObjectName(QStringLiteral("calendarSection"));

    auto *explanation = new QLabel(
        tr("Rectification deadlines count working days of the national holiday calendar "
           "(with make-up working days). For a year the calendar does not cover, deadlines "
           "count weekends only and are shown as estimates. Load the new year's file "
           "here when it is published."),
        this);
    explanation->setWordWrap(true);

    m_coverage = new QLabel(this);
    m_coverage->setObjectName(QStringLiteral("calendarCoverage"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("calendarError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    QString storedError;
    m_calendar = withUserCalendar(m_base, m_userCalendarFile, &storedError);
    m_coverage->setText(coverageText());
    if (!storedError.isEmpty())
        showError(tr("The stored calendar file is not used: %1").arg(storedError));

    auto *load = new QPushButton(tr("Load calendar file…"), this);
    load->setObjectName(QStringLiteral("loadCalendarButton"));
    connect(load, &QPushButton::clicked, this, &CalendarSection::chooseFile);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_coverage);
    layout->addWidget(m_error);
    layout->addWidget(load, 0, Qt::AlignLeft);
}

QString CalendarSection::coverageText() const
{
    const QList<int> years = m_calendar.coveredYears();
    if (years.isEmpty())
        return tr("No year is covered: every deadline is an estimate.");
    return tr("Years covered: %1").arg(describeYears(years));
}

QString CalendarSection::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CalendarSection::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Load holiday calendar"), QDir::homePath(),
                                     tr("Holiday calendar (*.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool CalendarSection::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const QByteArray content = file.readAll();

    // Parse before storing anything, so a bad file never replaces a good one.
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    WorkingCalendar loaded;
    QString error;
    if (!loaded.loadTsv(buffer, &error)) {
        showError(tr("%1 is not a usable holiday calendar: %2")
                      .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    if (loaded.coveredYears().isEmpty()) {
        showError(tr("%1 lists no days.").arg(QDir::toNativeSeparators(path)));
        return false;
    }

    QSaveFile stored(m_userCalendarFile);
    if (!stored.open(QIODevice::WriteOnly) || stored.write(content) != content.size() ||
        !stored.commit()) {
        showError(tr("Cannot store the calendar in %1: %2")
                      .arg(QDir::toNativeSeparators(m_userCalendarFile), stored.errorString()));
        return false;
    }

    m_calendar = m_base;
    m_calendar.merge(loaded);
    m_error->clear();
    m_error->hide();
    m_coverage->setText(coverageText());
    qCInfo(lcUi) << "holiday calendar loaded from" << path << "years" << loaded.coveredYears();
    emit calendarLoaded(m_calendar);
    return true;
}

void CalendarSection::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    qCWarning(lcUi).noquote() << message;
}

} // namespace pingjia
