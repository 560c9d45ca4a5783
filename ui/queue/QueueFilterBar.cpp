// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/QueueFilterBar.h"

#include "ui/queue/OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace pingjia {

namespace {

const QString kOpenStates = QStringLiteral("open");

QList<HandlingState> openStates()
{
    QList<HandlingState> states;
    for (HandlingState s : kAllHandlingStates)
        if (isOpenState(s))
            states.append(s);
    return states;
}

} // namespace

QueueFilterBar::QueueFilterBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("queueFilterBar"));
    buildSearch();
    buildCombos();
    buildAdditionalRow();
    QToolButton *clearButton = layOut();
    connectFields();
    setTabOrders(clearButton);
}

void QueueFilterBar::buildSearch()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search comments (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search comments"));
    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(kSearchDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, &QueueFilterBar::applySearchNow);
    connect(m_search, &QLineEdit::returnPressed, this, &QueueFilterBar::applySearchNow);
}

void QueueFilterBar::buildCombos()
{
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("Any state"), QString());
    m_state->addItem(tr("Open (not yet closed)"), kOpenStates);
    for (HandlingState s : kAllHandlingStates)
        m_state->addItem(handlingStateName(s), toString(s));

    m_due = new QComboBox(this);
    m_due->setObjectName(QStringLiteral("dueFilter"));
    m_due->addItem(tr("Any deadline"), int(BadReviewFilter::Due::Any));
    m_due->addItem(tr("Overdue"), int(BadReviewFilter::Due::Overdue));
    m_due->addItem(tr("Due today"), int(BadReviewFilter::Due::DueToday));
    m_due->addItem(tr("Due within 24 h"), int(BadReviewFilter::Due::Within24h));

    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_level->addItem(tr("Levels 1–2"), 0);
    for (int level : {1, 2})
        m_level->addItem(QStringLiteral("%1 · %2").arg(level).arg(levelName(level)), level);

    m_validity = new QComboBox(this);
    m_validity->setObjectName(QStringLiteral("validityFilter"));
    m_validity->addItem(tr("Valid and invalid"), int(BadReviewFilter::Validity::Any));
    m_validity->addItem(tr("Valid only"), int(BadReviewFilter::Validity::Valid));
    m_validity->addItem(tr("Invalid only (no text)"), int(BadReviewFilter::Validity::Invalid));

    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("departmentFilter"));
    m_center = new QComboBox(this);
    m_center->setObjectName(QStringLiteral("centerFilter"));
    for (QComboBox *unit : {m_department, m_center}) {
        // Hundreds of units: typing part of a name finds one faster than scrolling.
        unit->setEditable(true);
        unit->setInsertPolicy(QComboBox::NoInsert);
        unit->completer()->setFilterMode(Qt::MatchContains);
        unit->completer()->setCompletionMode(QCompleter::PopupCompletion);
        unit->setMinimumContentsLength(14);
        unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    fillUnitCombo(m_department, {});
    fillUnitCombo(m_center, {});

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channelFilter"));
    setChannels({});

    m_from = new OptionalDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new OptionalDateEdit(this);
    m_to->setObjectName(QStringLiteral("toDate"));

    m_pendingUpload = new QCheckBox(tr("Pending upload only"), this);
    m_pendingUpload->setObjectName(QStringLiteral("pendingUploadOnly"));
    m_pendingUpload->setToolTip(
        tr("Only bad reviews with actions recorded here that the platform has not yet "
           "acknowledged"));
    connect(m_pendingUpload, &QCheckBox::toggled, this, &QueueFilterBar::emitChanged);
    // Never narrower than their labels: the search field and the unit lists give way.
    m_pendingUpload->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    for (QComboBox *combo : {m_state, m_due, m_level, m_validity, m_channel})
        combo->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
}

void QueueFilterBar::buildAdditionalRow()
{
    m_additionalRow = new QWidget(this);
    m_additionalRow->setObjectName(QStringLiteral("additionalConditions"));
    m_additionalText = new QLabel(m_additionalRow);
    m_additionalText->setObjectName(QStringLiteral("additionalConditionsText"));
    m_additionalText->setWordWrap(true);
    m_dropAdditional = new QToolButton(m_additionalRow);
    m_dropAdditional->setObjectName(QStringLiteral("dropAdditionalConditions"));
    m_dropAdditional->setText(tr("Remove"));
    m_dropAdditional->setToolTip(tr("Remove these additional conditions"));
    connect(m_dropAdditional, &QToolButton::clicked, this, [this] {
        m_additional = {};
        emitChanged();
    });
    auto *additionalLayout = new QHBoxLayout(m_additionalRow);
    additionalLayout->setContentsMargins(0, 0, 0, 0);
    additionalLayout->addWidget(m_additionalText, 1);
    additionalLayout->addWidget(m_dropAdditional);
    m_additionalRow->setStyleSheet(QStringLiteral(
        "#additionalConditions { background: #fff6dd; border: 1px solid #e8d49a; }"));
    m_additionalRow->hide();
}

QToolButton *QueueFilterBar::layOut()
{
    auto *clearButton = new QToolButton(this);
    clearButton->setObjectName(QStringLiteral("clearFilter"));
    clearButton->setText(tr("Clear filter"));
    clearButton->setToolTip(tr("Show every bad review again"));
    connect(clearButton, &QToolButton::clicked, this, &QueueFilterBar::clear);
    clearButton->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);

    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->addWidget(m_search, 0, 0, 1, 3);
    grid->addWidget(m_state, 0, 3);
    grid->addWidget(m_due, 0, 4);
    grid->addWidget(m_level, 0, 5);
    grid->addWidget(m_validity, 0, 6);
    grid->addWidget(label(tr("Department:"), m_department), 1, 0);
    grid->addWidget(m_department, 1, 1, 1, 2);
    grid->addWidget(m_center, 1, 3, 1, 2);
    grid->addWidget(m_channel, 1, 5);
    // Three rows, so that every label keeps its full width at 1280 pixels in English too.
    grid->addWidget(clearButton, 1, 6);
    grid->addWidget(m_pendingUpload, 2, 5, 1, 2);
    auto *dates = new QHBoxLayout;
    dates->addWidget(label(tr("Assessed from:"), m_from));
    dates->addWidget(m_from);
    dates->addWidget(label(tr("to:"), m_to));
    dates->addWidget(m_to);
    dates->addStretch(1);
    grid->addLayout(dates, 2, 0, 1, 5);
    grid->addWidget(m_additionalRow, 3, 0, 1, 7);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 1);
    return clearButton;
}

void QueueFilterBar::connectFields()
{
    for (QComboBox *combo :
         {m_state, m_due, m_level, m_validity, m_department, m_center, m_channel})
        connect(combo, &QComboBox::currentIndexChanged, this, &QueueFilterBar::emitChanged);
    for (OptionalDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &QueueFilterBar::emitChanged);
}

void QueueFilterBar::setTabOrders(QWidget *clearButton)
{
    setTabOrder(m_search, m_state);
    setTabOrder(m_state, m_due);
    setTabOrder(m_due, m_level);
    setTabOrder(m_level, m_validity);
    setTabOrder(m_validity, m_pendingUpload);
    setTabOrder(m_pendingUpload, clearButton);
    setTabOrder(clearButton, m_department);
    setTabOrder(m_department, m_center);
    setTabOrder(m_center, m_channel);
    setTabOrder(m_channel, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_dropAdditional);
}

void QueueFilterBar::fillUnitCombo(QComboBox *combo, const UnitChoices &units)
{
    const QSignalBlocker block(combo);
    const QString current = codeOf(combo);
    combo->clear();
    combo->addItem(combo->objectName() == QLatin1String("centerFilter") ? tr("All centers")
                                                                        : tr("All departments"),
                   QString());
    for (const UnitChoice &u : units)
        combo->addItem(u.label(), u.code);
    selectData(combo, current);
}

void QueueFilterBar::selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

QString QueueFilterBar::codeOf(const QComboBox *combo)
{
    const int index = combo->currentIndex();
    if (index < 0)
        return {};
    return combo->itemData(index).toString();
}

void QueueFilterBar::setUnits(const UnitChoices &departments, const UnitChoices &centers)
{
    fillUnitCombo(m_department, departments);
    fillUnitCombo(m_center, centers);
}

void QueueFilterBar::setChannels(const ChannelTable &channels)
{
    const QSignalBlocker block(m_channel);
    const QString current = codeOf(m_channel);
    m_channel->clear();
    m_channel->addItem(tr("All channels"), QString());
    for (const QString &code : channels.codes())
        m_channel->addItem(channels.name(code), code);
    selectData(m_channel, current);
}

BadReviewFilter QueueFilterBar::filter() const
{
    BadReviewFilter f = m_additional;
    const QString state = m_state->currentData().toString();
    if (state == kOpenStates)
        f.states = openStates();
    else if (const auto s = handlingStateFromString(state))
        f.states = {*s};
    if (const auto due = BadReviewFilter::Due(m_due->currentData().toInt());
        due != BadReviewFilter::Due::Any)
        f.due = due;
    if (const int level = m_level->currentData().toInt(); level > 0)
        f.levels = {level};
    if (const auto v = BadReviewFilter::Validity(m_validity->currentData().toInt());
        v != BadReviewFilter::Validity::Any)
        f.validity = v;
    if (const QString code = codeOf(m_department); !code.isEmpty())
        f.deptCodes = {code};
    if (const QString code = codeOf(m_center); !code.isEmpty())
        f.centerCodes = {code};
    if (const QString code = codeOf(m_channel); !code.isEmpty())
        f.channelCodes = {code};
    if (const QDate d = m_from->optionalDate(); d.isValid())
        f.from = d;
    if (const QDate d = m_to->optionalDate(); d.isValid())
        f.to = d;
    if (const QString text = m_search->text().trimmed(); !text.isEmpty())
        f.text = text;
    if (m_pendingUpload->isChecked())
        f.pendingUploadOnly = true;
    return f;
}

void QueueFilterBar::setFilter(const BadReviewFilter &filter, const QString &origin)
{
    m_loading = true;
    BadReviewFilter rest = filter;

    // Each widget takes the part of the filter it can show; the rest stays additional.
    QVariant state = QString();
    if (filter.states.size() == 1) {
        state = toString(filter.states.first());
        rest.states.clear();
    } else if (!filter.states.isEmpty() && filter.states == openStates()) {
        state = kOpenStates;
        rest.states.clear();
    }
    selectData(m_state, state);
    selectData(m_due, int(filter.due));
    rest.due = BadReviewFilter::Due::Any;
    selectData(m_validity, int(filter.validity));
    rest.validity = BadReviewFilter::Validity::Any;
    int level = 0;
    if (filter.levels.size() == 1 && (filter.levels.first() == 1 || filter.levels.first() == 2)) {
        level = filter.levels.first();
        rest.levels.clear();
    }
    selectData(m_level, level);
    const auto takeUnit = [](QComboBox *combo, QStringList &codes) {
        if (codes.size() == 1 && combo->findData(codes.first()) > 0) {
            selectData(combo, codes.first());
            codes.clear();
        } else {
            selectData(combo, QString());
        }
    };
    takeUnit(m_department, rest.deptCodes);
    takeUnit(m_center, rest.centerCodes);
    takeUnit(m_channel, rest.channelCodes);
    m_from->setOptionalDate(filter.from);
    m_to->setOptionalDate(filter.to);
    rest.from = rest.to = QDate();
    {
        const QSignalBlocker block(m_search);
        m_search->setText(filter.text);
    }
    m_searchDebounce->stop();
    m_lastSearch = filter.text.trimmed();
    rest.text.clear();
    m_pendingUpload->setChecked(filter.pendingUploadOnly);
    rest.pendingUploadOnly = false;

    m_additional = rest;
    m_additionalOrigin = origin;
    m_loading = false;
    emitChanged();
}

bool QueueFilterBar::hasAdditionalConditions() const
{
    return !(m_additional == BadReviewFilter{});
}

QString QueueFilterBar::describe() const
{
    QStringList parts;
    if (!m_search->text().trimmed().isEmpty())
        parts << tr("search: %1").arg(m_search->text().trimmed());
    for (const QComboBox *combo :
         {m_state, m_due, m_level, m_validity, m_department, m_center, m_channel}) {
        if (combo->currentIndex() > 0)
            parts << combo->currentText();
    }
    const BadReviewFilter f = filter();
    if (f.from.isValid() || f.to.isValid())
        parts << tr("evaluated %1 – %2")
                     .arg(f.from.isValid() ? f.from.toString(Qt::ISODate) : QStringLiteral("…"),
                          f.to.isValid() ? f.to.toString(Qt::ISODate) : QStringLiteral("…"));
    if (m_pendingUpload->isChecked())
        parts << m_pendingUpload->text();
    if (hasAdditionalConditions())
        parts << additionalConditionsText();
    return parts.join(QStringLiteral(" · "));
}

QString QueueFilterBar::additionalConditionsText() const
{
    if (!hasAdditionalConditions())
        return {};
    QStringList parts;
    const BadReviewFilter &a = m_additional;
    if (!a.awaitingApprovalBy.isEmpty())
        parts << tr("requests awaiting the approval of %1").arg(a.awaitingApprovalBy);
    if (a.awaitingFollowUp)
        parts << tr("awaiting the follow-up visit");
    if (a.delayedOnly)
        parts << tr("delayed");
    if (!a.states.isEmpty()) {
        QStringList names;
        for (HandlingState s : a.states)
            names << handlingStateName(s);
        parts << tr("states: %1").arg(names.join(QStringLiteral(", ")));
    }
    if (!a.deptCodes.isEmpty())
        parts << tr("%n department(s)", nullptr, int(a.deptCodes.size()));
    if (!a.centerCodes.isEmpty())
        parts << tr("%n center(s)", nullptr, int(a.centerCodes.size()));
    if (!a.channelCodes.isEmpty())
        parts << tr("%n channel(s)", nullptr, int(a.channelCodes.size()));
    if (!a.taskCodes.isEmpty())
        parts << tr("service items: %1").arg(a.taskCodes.join(QStringLiteral(", ")));
    if (!a.levels.isEmpty())
        parts << tr("selected levels");
    if (a.evalIds)
        parts << tr("%n listed evaluation(s)", nullptr, int(a.evalIds->size()));
    const QString conditions = parts.join(QStringLiteral("; "));
    return m_additionalOrigin.isEmpty()
               ? tr("Also filtered: %1").arg(conditions)
               : tr("%1 — also filtered: %2").arg(m_additionalOrigin, conditions);
}

void QueueFilterBar::clear()
{
    setFilter({});
}

void QueueFilterBar::applySearchNow()
{
    m_searchDebounce->stop();
    if (m_search->text().trimmed() == m_lastSearch)
        return;
    m_lastSearch = m_search->text().trimmed();
    emitChanged();
}

void QueueFilterBar::emitChanged()
{
    if (m_loading)
        return;
    m_additionalRow->setVisible(hasAdditionalConditions());
    m_additionalText->setText(additionalConditionsText());
    emit filterChanged(filter());
}

} // namespace pingjia
