// SPDX-License-Identifier: GPL-3.0-or-later
#include "Phrases.h"

#include "tools/platform-sim/Rng.h"

namespace pingjia {
namespace {

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

template <std::size_t N> QString pickU(Rng &rng, const char *const (&list)[N])
{
    return u(list[std::size_t(rng.between(0, qint64(N) - 1))]);
}

constexpr const char *kSurnames[] = {
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高",
    "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧",
    "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾",
    "丁", "魏", "薛", "叶", "阎", "余", "潘", "杜", "戴", "夏", "钟", "汪", "田", "任", "姜",
    "范", "方", "石", "姚", "谭", "廖", "邹", "熊", "金", "陆", "郝", "孔", "白", "崔", "康",
    "毛", "邱", "秦", "江", "史", "顾", "侯", "邵", "孟", "龙", "万", "段", "雷", "钱", "汤",
    "尹", "黎", "易", "常", "武", "乔", "贺", "赖", "龚", "文", "牛", "包", "安", "慕"};
constexpr const char *kGivenChars[] = {
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
    "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "玉", "兰", "文", "辉", "建", "国",
    "红", "梅", "林", "海", "斌", "波", "宁", "鹏", "丹", "萍", "颖", "婷", "雪", "琳", "晨",
    "浩", "宇", "轩", "欣", "怡", "佳", "子", "涵", "博", "睿", "泽", "彤", "瑞", "凯", "亮",
    "荣", "福", "生", "成", "春", "秋", "云", "龙", "凤", "德", "志", "永", "兴", "忠", "卫"};

constexpr const char *kBadPhrases[] = {
    "排队时间长",         "态度不好",         "材料反复提交",   "系统故障",       "窗口无人",
    "办事效率低",         "一次性告知不到位", "来回跑了好几趟", "工作人员玩手机", "叫号系统混乱",
    "网上办理页面打不开", "答复推诿",         "收费标准不清楚", "咨询电话打不通"};
constexpr const char *kBadDetails[] = {"排了两个多小时的队",       "问了三遍都不耐烦",
                                       "让我回去补材料补了三次",   "等了一上午系统还没恢复",
                                       "中午十二点前窗口就没人了", "说好三天办完拖了两周",
                                       "每次都说少一样材料",       "没人引导不知道去哪个窗口",
                                       "被几个窗口来回推",         "打了十几次电话没人接"};
constexpr const char *kMalicious[] = {"不满意",
                                      "随便点的",
                                      "差",
                                      "就是不满意，没有原因",
                                      "测试一下",
                                      "都是骗子",
                                      "跟办事没关系，就是想给差评",
                                      "你们都别干了"};
constexpr const char *kGoodPhrases[] = {
    "服务热情", "办理快捷",       "一次就办好了",       "指导很耐心",     "环境整洁",
    "材料精简", "帮办代办很贴心", "不用跑腿网上就办了", "工作人员很专业", "延时服务解决了大问题"};
constexpr const char *kGoodTails[] = {"，点赞！", "，非常满意。", "，谢谢！",
                                      "。",       "，给你们点赞", "，值得表扬。"};
constexpr const char *kMiddlePhrases[] = {"还可以", "流程有点复杂", "等的时间稍长",
                                          "基本满意，希望再快一些", "指引标识不太清楚"};

constexpr const char *kEvidence[] = {
    "调取窗口监控录像并约谈当事人员，情况属实", "经核查叫号系统记录，排队时长属实",
    "与评价人电话沟通，核实问题存在", "调阅办件流转记录，确认材料多次退回",
    "经窗口负责人核实，当日系统确有故障"};
constexpr const char *kMistaken[] = {"评价人电话确认误操作，本意为满意",
                                     "该事项不属于本窗口办理范围，评价对象错误",
                                     "评价人误将其他单位的服务计入本次评价"};
constexpr const char *kMaliciousEvidence[] = {"评价内容与办件无关，且多次恶意差评",
                                              "评价人承认为发泄情绪随意差评",
                                              "同一评价人短时间内对多个窗口给出无理由差评"};
constexpr const char *kMeasures[] = {
    "增设引导岗并开通延时服务", "对当事人员批评教育并纳入月度考核", "梳理一次性告知清单并张贴公示",
    "协调技术部门修复系统并制定应急预案", "调整午间轮班，确保窗口不断档"};
constexpr const char *kChanges[] = {"已增设引导岗两名，高峰期排队时长降至20分钟内",
                                    "已完成人员培训并签订服务承诺书",
                                    "一次性告知清单已上墙并同步至网上办事大厅",
                                    "系统已修复并完成压力测试", "午间轮班制度已执行，窗口无断档"};
constexpr const char *kDelayReasons[] = {"需上级部门协调系统改造，无法在期限内完成",
                                         "涉及多部门联办流程调整，需延长整改期限",
                                         "设备采购需履行政府采购程序"};
constexpr const char *kFollowUpNotes[] = {"评价人对整改结果表示满意", "评价人认可整改措施",
                                          "评价人表示问题已解决，但希望继续保持",
                                          "评价人基本认可，建议进一步缩短等候时间"};

ServiceItemTemplate it(const char *name, const char *type)
{
    return ServiceItemTemplate{name, type};
}

} // namespace

const QList<DepartmentKind> &countyDepartmentKinds()
{
    static const QList<DepartmentKind> kinds = {
        {"市场监督管理局",
         "11",
         1.6,
         {it("企业设立登记", "01"), it("个体工商户注册登记", "01"), it("食品经营许可", "01"),
          it("企业变更登记", "01"), it("企业注销登记", "01")}},
        {"公安局",
         "11",
         1.8,
         {it("居民身份证申领", "07"), it("户口迁移", "07"), it("机动车驾驶证换证", "01"),
          it("出入境证件办理", "01"), it("无犯罪记录证明开具", "20")}},
        {"人力资源和社会保障局",
         "11",
         1.5,
         {it("社会保障卡申领", "20"), it("失业保险金申领", "05"), it("养老保险关系转移", "20"),
          it("就业登记", "07")}},
        {"税务局",
         "11",
         1.3,
         {it("发票领用", "20"), it("税务登记", "07"), it("个人所得税汇算清缴", "04"),
          it("完税证明开具", "20")}},
        {"不动产登记中心",
         "12",
         1.4,
         {it("不动产首次登记", "07"), it("不动产转移登记", "07"), it("不动产抵押登记", "07"),
          it("不动产登记资料查询", "20")}},
        {"医疗保障局",
         "11",
         1.2,
         {it("基本医疗保险参保登记", "20"), it("异地就医备案", "20"),
          it("医疗费用手工报销", "05")}},
        {"住房公积金管理中心",
         "12",
         0.9,
         {it("住房公积金提取", "05"), it("住房公积金贷款", "20"), it("缴存登记", "20")}},
        {"民政局",
         "11",
         0.8,
         {it("婚姻登记", "07"), it("最低生活保障审批", "05"), it("临时救助", "05")}},
        {"卫生健康委员会",
         "11",
         0.6,
         {it("医师执业注册", "01"), it("出生医学证明办理", "20"), it("公共场所卫生许可", "01")}},
        {"交通运输局", "11", 0.5, {it("道路运输经营许可", "01"), it("道路运输从业资格证", "01")}},
        {"住房和城乡建设局",
         "11",
         0.6,
         {it("建筑工程施工许可", "01"), it("商品房预售许可", "01"),
          it("建设工程竣工验收备案", "10")}},
        {"自然资源局", "11", 0.4, {it("建设用地规划许可", "01"), it("乡村建设规划许可", "01")}},
        {"教育局", "11", 0.4, {it("教师资格认定", "07"), it("民办学校设立", "01")}},
        {"农业农村局", "11", 0.4, {it("农药经营许可", "01"), it("动物防疫条件合格证", "01")}},
        {"司法局", "11", 0.3, {it("法律援助申请", "20"), it("公证办理", "20")}},
        {"退役军人事务局", "11", 0.3, {it("优待证申领", "20"), it("抚恤金发放", "05")}},
    };
    return kinds;
}

const QList<DepartmentKind> &townshipDepartmentKinds()
{
    static const QList<DepartmentKind> kinds = {
        {"社会保障服务中心",
         "12",
         1.5,
         {it("城乡居民养老保险参保登记", "20"), it("城乡居民医疗保险缴费", "20"),
          it("高龄津贴申领", "05")}},
        {"民政服务站", "12", 1.0, {it("临时救助", "05"), it("残疾人两项补贴申请", "05")}},
        {"农业综合服务中心",
         "12",
         0.8,
         {it("农机购置补贴申请", "05"), it("耕地地力保护补贴", "05")}},
        {"退役军人服务站", "12", 0.4, {it("退役军人信息采集", "20")}},
        {"综合行政执法队", "11", 0.3, {it("占道经营许可", "01")}},
    };
    return kinds;
}

const QList<DepartmentKind> &villageDepartmentKinds()
{
    static const QList<DepartmentKind> kinds = {
        {"",
         "54",
         1.0,
         {it("代办居民医保缴费", "20"), it("居住证明开具", "20"), it("代办养老金资格认证", "20")}},
    };
    return kinds;
}

QString personName(Rng &rng)
{
    QString name = pickU(rng, kSurnames) + pickU(rng, kGivenChars);
    if (rng.chance(0.7))
        name += pickU(rng, kGivenChars);
    return name;
}

QString badComment(Rng &rng, int level)
{
    QString text = pickU(rng, kBadPhrases);
    if (rng.chance(0.6))
        text += QStringLiteral("，") + pickU(rng, kBadDetails);
    if (level == 1 && rng.chance(0.5))
        text += QStringLiteral("，") + pickU(rng, kBadPhrases);
    return text + (rng.chance(0.3) ? QStringLiteral("！") : QStringLiteral("。"));
}

QString maliciousComment(Rng &rng)
{
    return pickU(rng, kMalicious);
}

QString goodComment(Rng &rng, int level)
{
    if (level <= 3)
        return pickU(rng, kMiddlePhrases);
    QString text = pickU(rng, kGoodPhrases);
    if (rng.chance(0.3))
        text += QStringLiteral("，") + pickU(rng, kGoodPhrases);
    return text + pickU(rng, kGoodTails);
}

QString detailCodes(Rng &rng, int level)
{
    const int first = int(rng.between(1, 8));
    QString codes = QString::number(level * 100 + first);
    if (rng.chance(0.4)) {
        const int second = int(rng.between(first + 1, 10));
        codes += QLatin1Char(',') + QString::number(level * 100 + second);
    }
    return codes;
}

QString verifyEvidence(Rng &rng)
{
    return pickU(rng, kEvidence);
}

QString invalidEvidence(Rng &rng, bool malicious)
{
    return malicious ? pickU(rng, kMaliciousEvidence) : pickU(rng, kMistaken);
}

QString rectifyMeasures(Rng &rng)
{
    return pickU(rng, kMeasures);
}

QString rectifyChanges(Rng &rng)
{
    return pickU(rng, kChanges);
}

QString delayReason(Rng &rng)
{
    return pickU(rng, kDelayReasons);
}

QString followUpNote(Rng &rng)
{
    return pickU(rng, kFollowUpNotes);
}

} // namespace pingjia
