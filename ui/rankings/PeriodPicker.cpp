// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rankings/PeriodPicker.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QToolButton>

namespace pingjia {

namespace {

constexpr PeriodKind kKinds[] = {PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Year,
                                 PeriodKind::Range};

QString kindName(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Month:
        return PeriodPicker::tr("Month");
    case PeriodKind::Quarter:
        return PeriodPicker::tr("Quarter");
    case PeriodKind::Year:
        return PeriodPicker::tr("Year");
    case PeriodKind::Range:
        return PeriodPicker::tr("Date range");
    }
    return {};
}

QAction *shortcutAction(QWidget *scope, const QKeySequence &keys, QObject *receiver,
                        const std::function<void()> &slot)
{
    auto *action = new QAction(scope);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(action, &QAction::triggered, receiver, slot);
    scope->addAction(action);
    return action;
}

} // namespace

PeriodPicker::PeriodPicker(QDate today, QWidget *shortcutScope, QWidget *parent)
    : QWidget(parent), m_today(today), m_period(Period::containing(PeriodKind::Month, today))
{
    setObjectName(QStringLiteral("periodPicker"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Period:"), this));

    m_previous = new QToolButton(this);
    m_previous->setObjectName(QStringLiteral("previousPeriod"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("Previous period (Alt+Left)"));
    layout->addWidget(m_previous);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("periodKind"));
    for (const PeriodKind kind : kKinds)
        m_kind->addItem(kindName(kind), int(kind));
    m_kind->setToolTip(tr("Kind of period (Alt+Up / Alt+Down)"));
    layout->addWidget(m_kind);

    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("periodYear"));
    m_year->setRange(2000, today.year());
    m_year->setSuffix(tr(" (year)"));
    layout->addWidget(m_year);
    m_part = new QComboBox(this);
    m_part->setObjectName(QStringLiteral("periodPart"));
    layout->addWidget(m_part);

    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("periodTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMaximumDate(today);
    }
    m_rangeDash = new QLabel(tr("to"), this);
    layout->addWidget(m_from);
    layout->addWidget(m_rangeDash);
    layout->addWidget(m_to);

    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("nextPeriod"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next period (Alt+Right)"));
    layout->addWidget(m_next);
    layout->addStretch(1);

    connect(m_previous, &QToolButton::clicked, this, &PeriodPicker::stepBack);
    connect(m_next, &QToolButton::clicked, this, &PeriodPicker::stepForward);
    connect(m_kind, &QComboBox::activated, this,
            [this](int index) { setKind(PeriodKind(m_kind->itemData(index).toInt())); });
    connect(m_year, &QSpinBox::valueChanged, this, &PeriodPicker::editorsChanged);
    connect(m_part, &QComboBox::activated, this, &PeriodPicker::editorsChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &PeriodPicker::editorsChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &PeriodPicker::editorsChanged);
    buildShortcuts(shortcutScope ? shortcutScope : this);
    showPeriod();
}

void PeriodPicker::buildShortcuts(QWidget *scope)
{
    shortcutAction(scope, QKeySequence(Qt::ALT | Qt::Key_Left), this, [this] { stepBack(); });
    shortcutAction(scope, QKeySequence(Qt::ALT | Qt::Key_Right), this, [this] { stepForward(); });
    const auto cycle = [this](int step) {
        const int count = m_kind->count();
        const int index = (m_kind->currentIndex() + step + count) % count;
        setKind(PeriodKind(m_kind->itemData(index).toInt()));
    };
    shortcutAction(scope, QKeySequence(Qt::ALT | Qt::Key_Up), this, [cycle] { cycle(-1); });
    shortcutAction(scope, QKeySequence(Qt::ALT | Qt::Key_Down), this, [cycle] { cycle(1); });
}

void PeriodPicker::setPeriod(const Period &period)
{
    if (!period.isValid() || period.first() > m_today || period == m_period) {
        showPeriod(); // puts the editors back
        return;
    }
    m_period = period;
    showPeriod();
    emit periodChanged(m_period);
}

void PeriodPicker::stepBack()
{
    setPeriod(m_period.previous());
}

void PeriodPicker::stepForward()
{
    setPeriod(m_period.next());
}

void PeriodPicker::setKind(PeriodKind kind)
{
    if (kind == m_period.kind())
        return;
    if (kind == PeriodKind::Range) // the days of the current period, now editable
        setPeriod(Period::range(m_period.first(), std::min(m_period.last(), m_today)));
    else
        setPeriod(Period::containing(kind, m_period.first()));
}

void PeriodPicker::showPeriod()
{
    m_updating = true;
    const PeriodKind kind = m_period.kind();
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    const bool range = kind == PeriodKind::Range;
    m_year->setVisible(!range);
    m_part->setVisible(kind == PeriodKind::Month || kind == PeriodKind::Quarter);
    m_from->setVisible(range);
    m_to->setVisible(range);
    m_rangeDash->setVisible(range);
    m_year->setValue(m_period.first().year());
    m_part->clear();
    if (kind == PeriodKind::Month) {
        for (int m = 1; m <= 12; ++m)
            m_part->addItem(tr("Month %1").arg(m), m);
        m_part->setCurrentIndex(m_period.first().month() - 1);
    } else if (kind == PeriodKind::Quarter) {
        for (int q = 1; q <= 4; ++q)
            m_part->addItem(tr("Q%1").arg(q), q);
        m_part->setCurrentIndex((m_period.first().month() - 1) / 3);
    }
    m_from->setDate(m_period.first());
    m_to->setDate(m_period.last());
    m_next->setEnabled(m_period.next().first() <= m_today);
    setToolTip(m_period.label());
    m_updating = false;
}

void PeriodPicker::editorsChanged()
{
    if (m_updating)
        return;
    const int year = m_year->value();
    const int part = m_part->currentData().toInt();
    switch (m_period.kind()) {
    case PeriodKind::Month:
        setPeriod(Period::month(year, part));
        break;
    case PeriodKind::Quarter:
        setPeriod(Period::quarter(year, part));
        break;
    case PeriodKind::Year:
        setPeriod(Period::year(year));
        break;
    case PeriodKind::Range:
        setPeriod(Period::range(m_from->date(), std::max(m_from->date(), m_to->date())));
        break;
    }
}

} // namespace pingjia
