// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// 共性问题 (003 art.35(4)): bad reviews grouped by what went wrong, so a recurring problem
// is visible and "双归零" can be tracked. A category is found by keyword rules on the
// comment text; the defaults below are editable by the user (stored as JSON in the
// local-work settings under kCommonProblemRulesSetting).

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pingjia {

enum class ProblemCategory {
    WaitingTime,       // 排队、等待、时间长
    Attitude,          // 态度
    RepeatedMaterials, // 材料反复、多次跑
    SystemFailure,     // 系统、故障、网络
    Other,
};

inline constexpr ProblemCategory kAllProblemCategories[] = {
    ProblemCategory::WaitingTime, ProblemCategory::Attitude, ProblemCategory::RepeatedMaterials,
    ProblemCategory::SystemFailure, ProblemCategory::Other};

// "waiting_time", "attitude", "repeated_materials", "system_failure", "other".
QString problemCategoryKey(ProblemCategory category);
std::optional<ProblemCategory> problemCategoryFromKey(const QString &key);
// Translated label.
QString problemCategoryName(ProblemCategory category);

inline constexpr auto kCommonProblemRulesSetting = "queue/commonProblemRules";

struct CategoryRule {
    ProblemCategory category = ProblemCategory::Other;
    QStringList keywords; // any one contained in the text (case-insensitive) matches
    bool operator==(const CategoryRule &) const = default;
};

class CommonProblemRules {
    Q_DECLARE_TR_FUNCTIONS(CommonProblemRules)
public:
    // The built-in keyword lists (one rule per category except Other, in
    // kAllProblemCategories order).
    static CommonProblemRules defaults();

    CommonProblemRules() = default;
    explicit CommonProblemRules(QList<CategoryRule> rules) : m_rules(std::move(rules)) {}

    // [{"category":"waiting_time","keywords":["排队",…]}, …]. nullopt and a message
    // naming the entry for an unknown category, a non-string keyword or a wrong shape.
    static std::optional<CommonProblemRules> fromJson(const QJsonArray &json,
                                                      QString *error = nullptr);
    QJsonArray toJson() const;

    const QList<CategoryRule> &rules() const { return m_rules; }
    void setKeywords(ProblemCategory category, const QStringList &keywords);
    QStringList keywords(ProblemCategory category) const;

    // The first rule (in order) with a keyword contained in `text`; Other when none.
    ProblemCategory categorize(const QString &text) const;

    bool operator==(const CommonProblemRules &) const = default;

private:
    QList<CategoryRule> m_rules;
};

} // namespace pingjia
