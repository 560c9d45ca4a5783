// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/CommonProblemCategory.h"

#include <QJsonObject>

namespace pingjia {

QString problemCategoryKey(ProblemCategory category)
{
    switch (category) {
    case ProblemCategory::WaitingTime:
        return QStringLiteral("waiting_time");
    case ProblemCategory::Attitude:
        return QStringLiteral("attitude");
    case ProblemCategory::RepeatedMaterials:
        return QStringLiteral("repeated_materials");
    case ProblemCategory::SystemFailure:
        return QStringLiteral("system_failure");
    case ProblemCategory::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<ProblemCategory> problemCategoryFromKey(const QString &key)
{
    for (ProblemCategory c : kAllProblemCategories) {
        if (problemCategoryKey(c) == key)
            return c;
    }
    return std::nullopt;
}

QString problemCategoryName(ProblemCategory category)
{
    switch (category) {
    case ProblemCategory::WaitingTime:
        return QCoreApplication::translate("pingjia::ProblemCategory", "Waiting time");
    case ProblemCategory::Attitude:
        return QCoreApplication::translate("pingjia::ProblemCategory", "Service attitude");
    case ProblemCategory::RepeatedMaterials:
        return QCoreApplication::translate("pingjia::ProblemCategory",
                                           "Materials asked repeatedly");
    case ProblemCategory::SystemFailure:
        return QCoreApplication::translate("pingjia::ProblemCategory", "System failure");
    case ProblemCategory::Other:
        return QCoreApplication::translate("pingjia::ProblemCategory", "Other");
    }
    return {};
}

CommonProblemRules CommonProblemRules::defaults()
{
    // Words found in real 差评 comments; the order decides ties ("系统慢，排队久" is
    // waiting time first: what the evaluator suffered, not the cause).
    return CommonProblemRules({
        {ProblemCategory::WaitingTime,
         {QStringLiteral("排队"), QStringLiteral("等待"), QStringLiteral("等了"),
          QStringLiteral("时间长"), QStringLiteral("太慢"), QStringLiteral("效率低"),
          QStringLiteral("无人引导"), QStringLiteral("叫号"), QStringLiteral("拖延")}},
        {ProblemCategory::Attitude,
         {QStringLiteral("态度"), QStringLiteral("不耐烦"), QStringLiteral("冷漠"),
          QStringLiteral("推诿"), QStringLiteral("脸色"), QStringLiteral("服务差"),
          QStringLiteral("玩手机"), QStringLiteral("不理")}},
        {ProblemCategory::RepeatedMaterials,
         {QStringLiteral("材料"), QStringLiteral("反复"), QStringLiteral("多次"),
          QStringLiteral("来回跑"), QStringLiteral("跑了"), QStringLiteral("补交"),
          QStringLiteral("证明"), QStringLiteral("一次性告知")}},
        {ProblemCategory::SystemFailure,
         {QStringLiteral("系统"), QStringLiteral("故障"), QStringLiteral("网络"),
          QStringLiteral("断网"), QStringLiteral("死机"), QStringLiteral("卡顿"),
          QStringLiteral("打不开"), QStringLiteral("登录不了"), QStringLiteral("闪退")}},
    });
}

std::optional<CommonProblemRules> CommonProblemRules::fromJson(const QJsonArray &json,
                                                               QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<CommonProblemRules> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QList<CategoryRule> rules;
    for (qsizetype i = 0; i < json.size(); ++i) {
        if (!json.at(i).isObject())
            return fail(tr("Common-problem rule %1 is not an object.").arg(i + 1));
        const QJsonObject o = json.at(i).toObject();
        const auto category = problemCategoryFromKey(o.value(QLatin1String("category")).toString());
        if (!category) {
            return fail(tr("Common-problem rule %1 has an unknown category \"%2\".")
                            .arg(i + 1)
                            .arg(o.value(QLatin1String("category")).toString()));
        }
        if (!o.value(QLatin1String("keywords")).isArray())
            return fail(tr("Common-problem rule %1 has no keyword list.").arg(i + 1));
        CategoryRule rule{*category, {}};
        for (const QJsonValue &k : o.value(QLatin1String("keywords")).toArray()) {
            if (!k.isString())
                return fail(
                    tr("Common-problem rule %1 has a keyword that is not text.").arg(i + 1));
            const QString word = k.toString().trimmed();
            if (!word.isEmpty())
                rule.keywords << word;
        }
        rules << rule;
    }
    return CommonProblemRules(rules);
}

QJsonArray CommonProblemRules::toJson() const
{
    QJsonArray out;
    for (const CategoryRule &r : m_rules) {
        out.append(
            QJsonObject{{QStringLiteral("category"), problemCategoryKey(r.category)},
                        {QStringLiteral("keywords"), QJsonArray::fromStringList(r.keywords)}});
    }
    return out;
}

void CommonProblemRules::setKeywords(ProblemCategory category, const QStringList &keywords)
{
    QStringList cleaned;
    for (const QString &k : keywords) {
        if (!k.trimmed().isEmpty())
            cleaned << k.trimmed();
    }
    for (CategoryRule &r : m_rules) {
        if (r.category == category) {
            r.keywords = cleaned;
            return;
        }
    }
    m_rules.append({category, cleaned});
}

QStringList CommonProblemRules::keywords(ProblemCategory category) const
{
    QStringList out;
    for (const CategoryRule &r : m_rules) {
        if (r.category == category)
            out += r.keywords;
    }
    return out;
}

ProblemCategory CommonProblemRules::categorize(const QString &text) const
{
    for (const CategoryRule &r : m_rules) {
        for (const QString &k : r.keywords) {
            if (text.contains(k, Qt::CaseInsensitive))
                return r.category;
        }
    }
    return ProblemCategory::Other;
}

} // namespace pingjia
