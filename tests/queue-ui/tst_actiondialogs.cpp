// SPDX-License-Identifier: GPL-3.0-or-later
// Every handling-action dialog asks only what its step needs and keeps OK disabled until
// the input is complete; what it produces is a payload the domain state machine accepts
// (the same check the console and the platform run). Review dialogs answer approve or
// reject by the decision taken; delay dates must lie after the current deadline.
#include "models/domain/HandlingStateMachine.h"
#include "models/domain/PlatformTime.h"
#include "ui/queue/ActionDialogFactory.h"
#include "ui/queue/BulkAssignDialog.h"
#include "ui/queue/FollowUpDialog.h"
#include "ui/queue/HandlingActionDialog.h"
#include "ui/queue/PlanDialog.h"
#include "ui/queue/RectificationPlanForm.h"
#include "ui/queue/RequestDelayDialog.h"
#include "ui/queue/RequestInvalidDialog.h"
#include "ui/queue/RevealReasonDialog.h"
#include "ui/queue/ReviewDecision.h"
#include "ui/queue/ReviewDelayDialog.h"
#include "ui/queue/ReviewInvalidDialog.h"
#include "ui/queue/TextActionDialog.h"
#include "ui/rectification/CategoryRulesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace pingjia;

namespace {

QDateTime at(const char *text)
{
    return parsePlatformTime(QString::fromLatin1(text));
}

const UnitChoices kDepartments = {
    {QStringLiteral("11620802MB0000001A"), QStringLiteral("公安分局")},
    {QStringLiteral("11620802MB0000002B"), QStringLiteral("人社局")}};

} // namespace

class TestActionDialogs : public QObject {
    Q_OBJECT

private slots:
    void verifyNeedsEvidence();
    void completeAndReopenNeedTheirText();
    void requestInvalidNeedsResultAndEvidence();
    void reviewInvalidApprovesOrRejectsWithReason();
    void reviewInvalidTellsTheRequester();
    void planNeedsListedDepartmentPersonMeasures();
    void requestDelayNeedsReasonAndLaterDate();
    void reviewDelaySetsTheDeadline();
    void followUpNeedsSatisfactionAndMethod();
    void factoryOpensTheRightDialog();
    void escapeCancels();
    void revealNeedsAReason();
    void bulkAssignNeedsAWholePlan();
    void categoryRulesEditAndValidate();

private:
    // Records along the workflow, built by the domain state machine as the platform does.
    HandlingRecord unverified() const;
    HandlingRecord after(const HandlingRecord &r, ActionType type, const QJsonObject &payload,
                         const QString &actor = QStringLiteral("alice")) const;
    HandlingRecord confirmed() const;
    // The dialog's payload is accepted by the state machine for its action.
    void expectAccepted(const HandlingActionDialog &dialog, const QString &actor);

    HandlingStateMachine m_machine;
};

HandlingRecord TestActionDialogs::unverified() const
{
    return m_machine.initialRecord(QStringLiteral("E1"), 1, QStringLiteral("排队两个小时"),
                                   at("2026-09-28 09:00:00"));
}

HandlingRecord TestActionDialogs::after(const HandlingRecord &r, ActionType type,
                                        const QJsonObject &payload, const QString &actor) const
{
    const HandlingAction action{QUuid::createUuid().toString(QUuid::WithoutBraces), type, actor,
                                at("2026-09-28 15:00:00"), payload};
    const TransitionResult t = m_machine.apply(r, action);
    if (!t.ok)
        qWarning() << "fixture transition refused:" << t.message;
    return t.record;
}

HandlingRecord TestActionDialogs::confirmed() const
{
    return after(unverified(), ActionType::Verify,
                 {{QStringLiteral("evidence"), QStringLiteral("属实")}});
}

void TestActionDialogs::expectAccepted(const HandlingActionDialog &dialog, const QString &actor)
{
    QVERIFY2(dialog.isComplete(), qPrintable(dialog.missingInput()));
    QVERIFY(dialog.okButton()->isEnabled());
    const HandlingAction action{QStringLiteral("a-1"), dialog.actionType(), actor,
                                at("2026-09-29 10:00:00"), dialog.payload()};
    const TransitionResult t = m_machine.apply(dialog.record(), action);
    QVERIFY2(t.ok, qPrintable(t.errorCode + QLatin1Char(' ') + t.message));
}

void TestActionDialogs::verifyNeedsEvidence()
{
    TextActionDialog dialog(ActionType::Verify, unverified());
    QCOMPARE(dialog.actionType(), ActionType::Verify);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!dialog.findChild<QLabel *>("missingInput")->text().isEmpty());
    // Blank text is no evidence.
    QTest::keyClicks(dialog.textEdit(), QStringLiteral("   "));
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.accept(); // a shortcut cannot bypass the check
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    dialog.textEdit()->setPlainText(QStringLiteral("调取监控，情况属实"));
    QVERIFY(dialog.okButton()->isEnabled());
    QCOMPARE(dialog.payload().value("evidence").toString(), QStringLiteral("调取监控，情况属实"));
    expectAccepted(dialog, QStringLiteral("alice"));
}

void TestActionDialogs::completeAndReopenNeedTheirText()
{
    const HandlingRecord rectifying =
        after(confirmed(), ActionType::Plan,
              {{"deptCode", kDepartments.first().code}, {"person", "李明"}, {"measures", "引导"}});
    TextActionDialog complete(ActionType::Complete, rectifying);
    QVERIFY(!complete.okButton()->isEnabled());
    complete.textEdit()->setPlainText(QStringLiteral("已增设引导岗"));
    QCOMPARE(complete.payload().keys(), QStringList{QStringLiteral("changes")});
    expectAccepted(complete, QStringLiteral("alice"));

    const HandlingRecord closed =
        after(after(rectifying, ActionType::Complete, {{"changes", "已增设引导岗"}}),
              ActionType::FollowUp, {{"satisfaction", 4}, {"method", "phone"}});
    TextActionDialog reopen(ActionType::Reopen, closed);
    QVERIFY(!reopen.okButton()->isEnabled());
    reopen.textEdit()->setPlainText(QStringLiteral("评价人再次反映"));
    QCOMPARE(reopen.payload().keys(), QStringList{QStringLiteral("reason")});
    expectAccepted(reopen, QStringLiteral("alice"));
}

void TestActionDialogs::requestInvalidNeedsResultAndEvidence()
{
    RequestInvalidDialog dialog(unverified());
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.evidenceEdit()->setPlainText(QStringLiteral("评价人电话确认误操作"));
    QVERIFY2(!dialog.okButton()->isEnabled(), "no result chosen yet: no default");
    dialog.maliciousButton()->click();
    QCOMPARE(dialog.payload().value("result").toString(), QStringLiteral("malicious"));
    dialog.mistakenButton()->click();
    QCOMPARE(dialog.payload().value("result").toString(), QStringLiteral("mistaken"));
    expectAccepted(dialog, QStringLiteral("alice"));
}

void TestActionDialogs::reviewInvalidApprovesOrRejectsWithReason()
{
    const HandlingRecord requested =
        after(unverified(), ActionType::RequestInvalid,
              {{"result", "mistaken"}, {"evidence", "误操作"}}, QStringLiteral("alice"));
    ReviewInvalidDialog dialog(requested, QStringLiteral("bob"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!dialog.findChild<QLabel *>("intro")->text().contains(QStringLiteral("second person")));
    dialog.decision()->approveButton()->click();
    QCOMPARE(dialog.actionType(), ActionType::ApproveInvalid);
    expectAccepted(dialog, QStringLiteral("bob")); // the note is optional on approval

    dialog.decision()->rejectButton()->click();
    QCOMPARE(dialog.actionType(), ActionType::RejectInvalid);
    QVERIFY2(!dialog.okButton()->isEnabled(), "a rejection must say why");
    dialog.decision()->noteEdit()->setPlainText(QStringLiteral("证据不足"));
    QCOMPARE(dialog.payload().value("note").toString(), QStringLiteral("证据不足"));
    expectAccepted(dialog, QStringLiteral("bob"));
}

void TestActionDialogs::reviewInvalidTellsTheRequester()
{
    const HandlingRecord requested =
        after(unverified(), ActionType::RequestInvalid,
              {{"result", "malicious"}, {"evidence", "与服务无关"}}, QStringLiteral("alice"));
    ReviewInvalidDialog dialog(requested, QStringLiteral("alice"));
    const QString intro = dialog.findChild<QLabel *>("intro")->text();
    QVERIFY2(intro.contains(QStringLiteral("alice")) &&
                 intro.contains(QStringLiteral("与服务无关")),
             qPrintable(intro));
    QVERIFY(intro.contains(QStringLiteral("second person")));
    // The dialog does not decide the rule: the state machine refuses the requester.
    dialog.decision()->approveButton()->click();
    QVERIFY(dialog.okButton()->isEnabled());
    const TransitionResult t = m_machine.apply(
        requested, {QStringLiteral("a-2"), dialog.actionType(), QStringLiteral("alice"),
                    at("2026-09-29 10:00:00"), dialog.payload()});
    QVERIFY(!t.ok);
    QCOMPARE(t.errorCode, QString::fromLatin1(kErrorSameActor));
}

void TestActionDialogs::planNeedsListedDepartmentPersonMeasures()
{
    PlanDialog dialog(confirmed(), kDepartments, kDepartments.at(1).code);
    RectificationPlanForm *plan = dialog.planForm();
    // The evaluation's own department is preselected.
    QCOMPARE(plan->deptCode(), kDepartments.at(1).code);
    QVERIFY(!dialog.okButton()->isEnabled());
    plan->personEdit()->setText(QStringLiteral("李明"));
    QVERIFY(!dialog.okButton()->isEnabled());
    plan->measuresEdit()->setPlainText(QStringLiteral("增设引导岗，公示排队时长"));
    expectAccepted(dialog, QStringLiteral("alice"));
    // A typed fragment that names no listed department is no department.
    plan->departmentCombo()->setEditText(QStringLiteral("公安"));
    QVERIFY(plan->deptCode().isEmpty());
    QVERIFY(!dialog.okButton()->isEnabled());
    plan->departmentCombo()->setCurrentIndex(0);
    QCOMPARE(dialog.payload().value("deptCode").toString(), kDepartments.first().code);
    expectAccepted(dialog, QStringLiteral("alice"));

    // Unknown preselection: nothing chosen, the user decides.
    PlanDialog none(confirmed(), kDepartments, QStringLiteral("NOT-LISTED"));
    QVERIFY(none.planForm()->deptCode().isEmpty());
}

void TestActionDialogs::requestDelayNeedsReasonAndLaterDate()
{
    const HandlingRecord c = confirmed();
    RequestDelayDialog dialog(c);
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.reasonEdit()->setPlainText(QStringLiteral("需采购叫号设备"));
    QVERIFY(dialog.okButton()->isEnabled()); // the default date lies after the deadline
    // The current deadline's own day is not later than the deadline (23:59:59).
    dialog.deadlineEdit()->setDate(platformDate(c.effectiveRectificationDeadline()));
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.missingInput().contains(QStringLiteral("after the current")));
    dialog.deadlineEdit()->setDate(platformDate(c.effectiveRectificationDeadline()).addDays(1));
    QCOMPARE(dialog.proposedDeadline(),
             platformDateTime(platformDate(c.effectiveRectificationDeadline()).addDays(1),
                              QTime(23, 59, 59)));
    QCOMPARE(dialog.payload().value("cannotRectify").toBool(), false);
    dialog.cannotRectifyBox()->setChecked(true);
    QCOMPARE(dialog.payload().value("cannotRectify").toBool(), true);
    expectAccepted(dialog, QStringLiteral("alice"));
}

void TestActionDialogs::reviewDelaySetsTheDeadline()
{
    const HandlingRecord c = confirmed();
    const QDateTime proposed = c.effectiveRectificationDeadline().addDays(10);
    const HandlingRecord pending =
        after(c, ActionType::RequestDelay,
              {{"reason", "需采购设备"}, {"proposedDeadline", formatPlatformTime(proposed)}},
              QStringLiteral("alice"));
    QVERIFY(pending.delayPending);
    ReviewDelayDialog dialog(pending, QStringLiteral("bob"));
    // The proposed date is offered; the approver may change it.
    QCOMPARE(dialog.deadlineEdit()->date(), platformDate(proposed));
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.decision()->approveButton()->click();
    QCOMPARE(dialog.actionType(), ActionType::ApproveDelay);
    expectAccepted(dialog, QStringLiteral("bob"));
    dialog.deadlineEdit()->setDate(platformDate(proposed).addDays(3));
    QCOMPARE(
        dialog.payload().value("deadline").toString(),
        formatPlatformTime(platformDateTime(platformDate(proposed).addDays(3), QTime(23, 59, 59))));
    const HandlingRecord approved =
        after(pending, ActionType::ApproveDelay, dialog.payload(), QStringLiteral("bob"));
    QCOMPARE(approved.effectiveRectificationDeadline(),
             platformDateTime(platformDate(proposed).addDays(3), QTime(23, 59, 59)));
    dialog.deadlineEdit()->setDate(platformDate(c.effectiveRectificationDeadline()));
    QVERIFY(!dialog.okButton()->isEnabled());

    dialog.decision()->rejectButton()->click();
    QCOMPARE(dialog.actionType(), ActionType::RejectDelay);
    QVERIFY(!dialog.deadlineEdit()->isEnabled());
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.decision()->noteEdit()->setPlainText(QStringLiteral("可先行整改"));
    QVERIFY(!dialog.payload().contains("deadline"));
    expectAccepted(dialog, QStringLiteral("bob"));
}

void TestActionDialogs::followUpNeedsSatisfactionAndMethod()
{
    const HandlingRecord rectified = after(
        after(confirmed(), ActionType::Plan,
              {{"deptCode", kDepartments.first().code}, {"person", "李明"}, {"measures", "引导"}}),
        ActionType::Complete, {{"changes", "已增设引导岗"}});
    FollowUpDialog dialog(rectified);
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.satisfactionCombo()->setCurrentIndex(dialog.satisfactionCombo()->findData(4));
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.methodCombo()->setCurrentIndex(dialog.methodCombo()->findData(QStringLiteral("visit")));
    QCOMPARE(dialog.payload().value("satisfaction").toInt(), 4);
    QVERIFY(dialog.payload().value("satisfaction").isDouble()); // a JSON number
    QCOMPARE(dialog.payload().value("method").toString(), QStringLiteral("visit"));
    QVERIFY(!dialog.payload().contains("note"));
    dialog.noteEdit()->setPlainText(QStringLiteral("表示满意"));
    expectAccepted(dialog, QStringLiteral("alice"));
}

void TestActionDialogs::factoryOpensTheRightDialog()
{
    ActionDialogContext context{confirmed(), QStringLiteral("alice"), kDepartments, {}};
    const auto typeOf = [&context](ActionType type) {
        return createActionDialog(type, context, nullptr);
    };
    QVERIFY(qobject_cast<TextActionDialog *>(typeOf(ActionType::Verify).get()));
    QVERIFY(qobject_cast<RequestInvalidDialog *>(typeOf(ActionType::RequestInvalid).get()));
    QVERIFY(qobject_cast<ReviewInvalidDialog *>(typeOf(ActionType::ApproveInvalid).get()));
    QVERIFY(qobject_cast<ReviewInvalidDialog *>(typeOf(ActionType::RejectInvalid).get()));
    QVERIFY(qobject_cast<PlanDialog *>(typeOf(ActionType::Plan).get()));
    QVERIFY(qobject_cast<TextActionDialog *>(typeOf(ActionType::Complete).get()));
    QVERIFY(qobject_cast<RequestDelayDialog *>(typeOf(ActionType::RequestDelay).get()));
    QVERIFY(qobject_cast<ReviewDelayDialog *>(typeOf(ActionType::ApproveDelay).get()));
    QVERIFY(qobject_cast<ReviewDelayDialog *>(typeOf(ActionType::RejectDelay).get()));
    QVERIFY(qobject_cast<FollowUpDialog *>(typeOf(ActionType::FollowUp).get()));
    QVERIFY(qobject_cast<TextActionDialog *>(typeOf(ActionType::Reopen).get()));
}

void TestActionDialogs::escapeCancels()
{
    TextActionDialog dialog(ActionType::Verify, unverified());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.textEdit()->setPlainText(QStringLiteral("属实"));
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!dialog.isVisible());

    // Ctrl+Enter confirms from the multi-line field.
    TextActionDialog again(ActionType::Verify, unverified());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    again.textEdit()->setFocus();
    QTest::keyClicks(again.textEdit(), QStringLiteral("ok"));
    QSignalSpy accepted(&again, &QDialog::accepted);
    QTest::keyClick(again.textEdit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(accepted.count(), 1);
}

void TestActionDialogs::revealNeedsAReason()
{
    RevealReasonDialog dialog(QStringLiteral("E1"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    dialog.purposeCombo()->setCurrentIndex(dialog.purposeCombo()->count() - 1); // "Other"
    QVERIFY2(!ok->isEnabled(), "\"other\" alone says nothing");
    dialog.reasonEdit()->setPlainText(QStringLiteral("核实时联系评价人"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.reason(), QStringLiteral("核实时联系评价人"));
    dialog.purposeCombo()->setCurrentIndex(1);
    QVERIFY(dialog.reason().startsWith(dialog.purposeCombo()->currentText()));
    QVERIFY(dialog.reason().endsWith(QStringLiteral("核实时联系评价人")));
}

void TestActionDialogs::bulkAssignNeedsAWholePlan()
{
    BulkAssignDialog dialog(3, kDepartments);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.planForm()->deptCode().isEmpty()); // nothing preselected for many rows
    dialog.planForm()->departmentCombo()->setCurrentIndex(1);
    dialog.planForm()->personEdit()->setText(QStringLiteral("王芳"));
    dialog.planForm()->measuresEdit()->setPlainText(QStringLiteral("统一整改"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.planForm()->payload(), QJsonObject({{"deptCode", kDepartments.at(1).code},
                                                        {"person", QStringLiteral("王芳")},
                                                        {"measures", QStringLiteral("统一整改")}}));
}

void TestActionDialogs::categoryRulesEditAndValidate()
{
    QCOMPARE(CategoryRulesDialog::splitKeywords(QStringLiteral(" 排队, 等待、时间长；排队 叫号")),
             (QStringList{QStringLiteral("排队"), QStringLiteral("等待"), QStringLiteral("时间长"),
                          QStringLiteral("叫号")}));
    CategoryRulesDialog dialog(CommonProblemRules::defaults());
    QCOMPARE(dialog.rules(), CommonProblemRules::defaults());
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QLineEdit *attitude = dialog.keywordsEdit(ProblemCategory::Attitude);
    QVERIFY(attitude);
    attitude->setText(QStringLiteral("  "));
    QVERIFY(!ok->isEnabled());
    attitude->setText(QStringLiteral("态度，脸色难看"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.rules().keywords(ProblemCategory::Attitude),
             (QStringList{QStringLiteral("态度"), QStringLiteral("脸色难看")}));
    QCOMPARE(dialog.rules().categorize(QStringLiteral("工作人员脸色难看")),
             ProblemCategory::Attitude);
    dialog.restoreDefaults();
    QCOMPARE(dialog.rules(), CommonProblemRules::defaults());
}

QTEST_MAIN(TestActionDialogs)
#include "tst_actiondialogs.moc"
