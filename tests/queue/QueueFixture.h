// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A cache and a local-work file filled through the store's own writer (CacheWriter)
// with platform-consistent handling records: every record is produced by the domain
// HandlingStateMachine from the evaluation's initial record, as the platform does.
// Used by the queue, recorder, statistics and item-model tests; the sync-based test
// (tst_queuesync) fills its cache from the simulator instead.

#include "models/domain/HandlingStateMachine.h"
#include "models/domain/PlatformTime.h"
#include "models/store/CacheDatabase.h"
#include "models/store/CacheWriter.h"
#include "models/store/LocalWorkDatabase.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

namespace pingjia::queuetest {

inline QDateTime at(const char *text)
{
    return parsePlatformTime(QString::fromLatin1(text));
}

// The departments, centers, windows, staff and items of the samples.
inline const QString kCenterA = QStringLiteral("C620802");
inline const QString kCenterB = QStringLiteral("C620881");
inline const QString kDeptA = QStringLiteral("11620802MB0000001A"); // 公安局, center A
inline const QString kDeptB = QStringLiteral("11620802MB0000002B"); // 人社局, center A
inline const QString kDeptC = QStringLiteral("11620881MB0000003C"); // 不动产, center B
inline const QString kDeptD = QStringLiteral("11620881MB0000004D"); // 税务, center B, never synced

struct Sample {
    Evaluation evaluation;
    std::optional<HandlingRecord> platform; // nullopt: the handling list has not synced
};

struct QueueStores {
    QTemporaryDir dir;
    CacheDatabase cache{dir.filePath(QStringLiteral("cache.sqlite"))};
    LocalWorkDatabase work{dir.filePath(QStringLiteral("localwork.sqlite"))};

    bool open()
    {
        const StoreResult c = cache.open();
        const StoreResult w = work.open();
        if (!c.ok() || !w.ok())
            qWarning() << c.message << w.message;
        return c.ok() && w.ok();
    }

    bool savePolicy(const DeadlinePolicy &policy, const QString &codes = QStringLiteral("gbt39046"))
    {
        PlatformMeta meta;
        meta.platformUrl = QStringLiteral("http://127.0.0.1:1");
        meta.apiVersion = 1;
        meta.platformName = QStringLiteral("测试平台");
        meta.codes = codes;
        meta.policy = policy.toJson();
        meta.fetchedAt = at("2026-01-01 00:00:00");
        CacheWriter writer(cache, nullptr);
        return writer.saveMeta(meta).ok();
    }

    bool writeReference()
    {
        auto org = [](const QString &code, const QString &name, const QString &kind,
                      const QString &parent) {
            OrgUnit o;
            o.orgCode = code;
            o.name = name;
            o.kind = kind;
            o.level = QStringLiteral("county");
            o.parentCode = parent;
            o.areaCode = code.mid(1, 6);
            o.updatedAt = at("2026-01-01 00:00:00");
            return o;
        };
        const QList<OrgUnit> orgs = {
            org(kCenterA, QStringLiteral("崆峒区政务服务中心"), QStringLiteral("center"), {}),
            org(kCenterB, QStringLiteral("华亭市政务服务中心"), QStringLiteral("center"), {}),
            org(kDeptA, QStringLiteral("崆峒区公安分局"), QStringLiteral("department"), kCenterA),
            org(kDeptB, QStringLiteral("崆峒区人社局"), QStringLiteral("department"), kCenterA),
            org(kDeptC, QStringLiteral("华亭市不动产登记中心"), QStringLiteral("department"),
                kCenterB),
            org(QStringLiteral("W620802-001"), QStringLiteral("综合受理1号窗口"),
                QStringLiteral("window"), kDeptA),
            org(QStringLiteral("W620802-002"), QStringLiteral("社保窗口"), QStringLiteral("window"),
                kDeptB),
        };
        QList<StaffMember> staff;
        const QStringList names = {QStringLiteral("李明"), QStringLiteral("王芳"),
                                   QStringLiteral("赵强")};
        for (int i = 0; i < names.size(); ++i)
            staff << StaffMember{QStringLiteral("S%1").arg(i + 1), names.at(i),
                                 QStringLiteral("W620802-001"), false, at("2026-01-01 00:00:00")};
        QList<ServiceItem> items;
        const QStringList taskNames = {QStringLiteral("居民身份证换领"),
                                       QStringLiteral("社保卡补办"), QStringLiteral("不动产登记"),
                                       QStringLiteral("税务登记"), QStringLiteral("营业执照")};
        for (int i = 0; i < taskNames.size(); ++i)
            items << ServiceItem{QStringLiteral("T%1").arg(i + 1),
                                 taskNames.at(i),
                                 QStringLiteral("01"),
                                 kDeptA,
                                 false,
                                 at("2026-01-01 00:00:00")};
        CacheWriter writer(cache, nullptr);
        return writer.upsertOrgs(orgs).ok() && writer.upsertStaff(staff).ok() &&
               writer.upsertItems(items).ok();
    }

    bool write(const QList<Sample> &samples)
    {
        QList<Evaluation> evaluations;
        QList<HandlingRecord> records;
        QList<ServiceCase> cases;
        for (const Sample &s : samples) {
            evaluations << s.evaluation;
            if (s.platform)
                records << *s.platform;
            ServiceCase c;
            c.projectNo = s.evaluation.projectNo;
            c.taskCode = s.evaluation.taskCode;
            c.deptCode = s.evaluation.deptCode;
            c.centerCode = s.evaluation.centerCode;
            c.windowCode = s.evaluation.windowCode;
            c.staffId = s.evaluation.staffId;
            c.acceptDate = s.evaluation.assessTime.addSecs(-3600);
            c.finishDate = s.evaluation.assessTime.addSecs(-600);
            c.proStatus = 3;
            c.updatedAt = s.evaluation.assessTime;
            cases << c;
        }
        CacheWriter writer(cache, nullptr);
        CacheWriter::Page page(writer);
        return writer.upsertEvaluations(evaluations).ok() &&
               writer.upsertBadReviews(records).ok() && writer.upsertCases(cases).ok() &&
               page.commit().ok();
    }
};

inline Evaluation evaluation(const QString &evalId, int level, const QString &text,
                             const QDateTime &assessTime, const QString &deptCode = kDeptA,
                             const QString &centerCode = kCenterA)
{
    Evaluation e;
    e.evalId = evalId;
    e.projectNo = QStringLiteral("P") + evalId;
    e.taskCode = QStringLiteral("T1");
    e.deptCode = deptCode;
    e.centerCode = centerCode;
    e.windowCode = QStringLiteral("W620802-001");
    e.staffId = QStringLiteral("S1");
    e.areaCode = centerCode.mid(1);
    e.channelCode = QStringLiteral("4");
    e.rawSatisfaction = QString::number(6 - level);
    e.level = level;
    e.text = text;
    e.assessTime = assessTime;
    e.updatedAt = assessTime.addSecs(60);
    e.userName = QStringLiteral("张三");
    e.mobile = QStringLiteral("13812345678");
    return e;
}

// A valid payload for `type` on `record` (the dialogs' job in the app).
inline QJsonObject payloadFor(ActionType type, const HandlingRecord &record)
{
    const QDateTime deadline = record.effectiveRectificationDeadline();
    switch (type) {
    case ActionType::Verify:
        return {{QStringLiteral("evidence"), QStringLiteral("调取监控，情况属实")}};
    case ActionType::RequestInvalid:
        return {{QStringLiteral("result"), QStringLiteral("mistaken")},
                {QStringLiteral("evidence"), QStringLiteral("评价人误操作")}};
    case ActionType::ApproveInvalid:
        return {{QStringLiteral("note"), QStringLiteral("同意")}};
    case ActionType::RejectInvalid:
        return {{QStringLiteral("note"), QStringLiteral("证据不足")}};
    case ActionType::Plan:
        return {{QStringLiteral("deptCode"), kDeptA},
                {QStringLiteral("person"), QStringLiteral("李明")},
                {QStringLiteral("measures"), QStringLiteral("增设引导岗")}};
    case ActionType::Complete:
        return {{QStringLiteral("changes"), QStringLiteral("已增设引导岗")}};
    case ActionType::FollowUp:
        return {{QStringLiteral("satisfaction"), 4},
                {QStringLiteral("method"), QStringLiteral("phone")},
                {QStringLiteral("note"), QStringLiteral("满意")}};
    case ActionType::RequestDelay:
        return {{QStringLiteral("reason"), QStringLiteral("需采购设备")},
                {QStringLiteral("proposedDeadline"), formatPlatformTime(deadline.addDays(10))}};
    case ActionType::ApproveDelay:
        return {{QStringLiteral("deadline"), formatPlatformTime(deadline.addDays(10))}};
    case ActionType::RejectDelay:
        return {{QStringLiteral("note"), QStringLiteral("不予延期")}};
    case ActionType::Reopen:
        return {{QStringLiteral("reason"), QStringLiteral("群众再次反映")}};
    }
    return {};
}

inline const QStringList &sampleComments()
{
    static const QStringList texts = {
        QStringLiteral("排队两个小时无人引导"),
        QStringLiteral("工作人员态度恶劣，不耐烦"),
        QStringLiteral("材料反复提交，多次跑腿"),
        QStringLiteral("系统故障无法办理"),
        QStringLiteral("排队时间太长"),
        QStringLiteral("态度冷漠"),
        QStringLiteral("办事效率低"),
        QStringLiteral("网络断了等了半天"),
        QStringLiteral("不满意"),
        QStringLiteral("Service was SLOW"),
        QString(),                // invalid: no text
        QStringLiteral("\u3000"), // invalid: only an ideographic space
    };
    return texts;
}

// `count` evaluations (about 80 % level 1–2) assessed in the 75 days before `now`, with
// platform records walked through random legal actions by alice and bob.
inline QList<Sample> randomSamples(int count, quint32 seed, const QDateTime &now,
                                   const DeadlinePolicy &policy)
{
    QRandomGenerator random(seed);
    const HandlingStateMachine machine(policy);
    const QStringList depts = {kDeptA, kDeptB, kDeptC, kDeptD};
    const QStringList actors = {QStringLiteral("alice"), QStringLiteral("bob")};
    QList<Sample> out;
    for (int i = 0; i < count; ++i) {
        const int levels[] = {1, 2, 1, 2, 1, 2, 1, 2, 3, 5};
        const int level = levels[random.bounded(10)];
        const QString text = sampleComments().at(random.bounded(int(sampleComments().size())));
        const QString dept = depts.at(random.bounded(4));
        const QString center = dept == kDeptC || dept == kDeptD ? kCenterB : kCenterA;
        const QDateTime assessed = now.addSecs(-qint64(random.bounded(75 * 86400)));
        Sample s;
        s.evaluation = evaluation(QStringLiteral("E%1").arg(i, 6, 10, QLatin1Char('0')), level,
                                  text, assessed, dept, center);
        s.evaluation.channelCode = QString::number(random.bounded(8) + 1);
        s.evaluation.taskCode = QStringLiteral("T%1").arg(random.bounded(5) + 1);
        s.evaluation.staffId = QStringLiteral("S%1").arg(random.bounded(4) + 1);
        s.evaluation.windowCode =
            random.bounded(2) ? QStringLiteral("W620802-001") : QStringLiteral("W620802-002");
        s.evaluation.withdrawn = random.bounded(40) == 0;
        if (level <= 2 && random.bounded(7) != 0) {
            HandlingRecord r = machine.initialRecord(s.evaluation.evalId, level, text, assessed);
            const int steps = random.bounded(6);
            QDateTime when = assessed;
            for (int step = 0; step < steps; ++step) {
                const QString actor = actors.at(random.bounded(2));
                const QList<ActionType> allowed = machine.allowedActions(r, actor);
                if (allowed.isEmpty())
                    break;
                const ActionType type = allowed.at(random.bounded(int(allowed.size())));
                when = when.addSecs(3600 + random.bounded(3 * 86400));
                if (when > now)
                    break; // the platform's history never lies in the future
                const HandlingAction action{QStringLiteral("a-%1-%2").arg(i).arg(step), type, actor,
                                            when, payloadFor(type, r)};
                const TransitionResult t = machine.apply(r, action);
                if (t.ok)
                    r = t.record;
            }
            r.withdrawn = s.evaluation.withdrawn;
            r.updatedAt = std::min(when, now);
            s.platform = r;
        }
        out << s;
    }
    return out;
}

} // namespace pingjia::queuetest

namespace pingjia::queuetest {

// The real `pingjia` binary ($PINGJIA_APP), headless, with its own HOME and XDG folders.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

inline CliRun runPingjia(const QString &home, const QStringList &args, const QString &now = {})
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"PINGJIA_HOME", "PINGJIA_NOW", "DISPLAY", "WAYLAND_DISPLAY"})
        e.remove(QString::fromLatin1(name));
    e.insert(QStringLiteral("HOME"), home + QStringLiteral("/outside"));
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/outside/config"));
    e.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/outside/data"));
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!now.isEmpty())
        e.insert(QStringLiteral("PINGJIA_NOW"), now);
    QProcess p;
    p.setProcessEnvironment(e);
    p.start(qEnvironmentVariable("PINGJIA_APP"),
            QStringList{QStringLiteral("--home"), home} + args);
    CliRun r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("pingjia did not finish");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace pingjia::queuetest
