// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/QueueDocuments.h"

#include "models/domain/Channel.h"
#include "models/domain/EvaluationLevel.h"
#include "models/domain/PlatformTime.h"
#include "ui/queue/ActionPayloadText.h"
#include "ui/queue/DeadlineText.h"

#include <QCoreApplication>

namespace pingjia {

namespace {

struct DocText {
    Q_DECLARE_TR_FUNCTIONS(QueueDocuments)
};

// Latin and digits in DejaVu Sans, Chinese in Noto Sans CJK SC: why in QueuePrinting.cpp.
const char *const kStyle = "<style>"
                           "body { font-family: 'DejaVu Sans', 'Noto Sans CJK SC'; "
                           "font-size: 9pt; }"
                           "h1 { font-size: 14pt; } h2 { font-size: 11pt; }"
                           "table { border-collapse: collapse; }"
                           "th { background: #e6ebf2; text-align: left; }"
                           "th, td { border: 1px solid #999; padding: 2px 4px; }"
                           "</style>";

QString cell(const QString &text, const char *tag = "td")
{
    return QStringLiteral("<%1>%2</%1>").arg(QLatin1String(tag), text.toHtmlEscaped());
}

QString orCode(const QString &name, const QString &code)
{
    if (name.isEmpty())
        return code.isEmpty() ? DocText::tr("unknown") : code;
    return code.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, code);
}

} // namespace

QString queueViewHtml(const ExportTable &view, const QString &title, const QString &filterText,
                      const QDateTime &at)
{
    QString html =
        QString::fromLatin1(kStyle) + QStringLiteral("<h1>%1</h1>").arg(title.toHtmlEscaped());
    html += QStringLiteral("<p>%1<br>%2</p>")
                .arg(DocText::tr("Filter: %1")
                         .arg(filterText.isEmpty() ? DocText::tr("none (every bad review)")
                                                   : filterText)
                         .toHtmlEscaped(),
                     DocText::tr("%n bad review(s) · printed %1 (China Standard Time)", nullptr,
                                 int(view.rows.size()))
                         .arg(formatPlatformTime(at))
                         .toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><thead><tr>");
    for (const QString &header : view.headers)
        html += cell(header, "th");
    html += QStringLiteral("</tr></thead><tbody>");
    for (const QVariantList &row : view.rows) {
        html += QStringLiteral("<tr>");
        for (const QVariant &value : row)
            html += cell(value.toString());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table>");
}

QString badReviewRecordHtml(const BadReviewDetail &detail, const ChannelTable &channels,
                            const std::function<QString(const QString &)> &unitName,
                            const QDateTime &at)
{
    const BadReviewRow &r = detail.row;
    QString html = QString::fromLatin1(kStyle) +
                   QStringLiteral("<h1>%1</h1>")
                       .arg(DocText::tr("Bad review %1").arg(r.evalId).toHtmlEscaped());
    const QList<QPair<QString, QString>> fields = {
        {DocText::tr("Level"), levelName(r.level)},
        {DocText::tr("Evaluated at"), formatPlatformTime(r.assessTime)},
        {DocText::tr("Channel"), channels.name(r.channelCode)},
        {DocText::tr("State"), handlingStateName(r.state)},
        {DocText::tr("Comment"),
         detail.fullComment.isEmpty() ? DocText::tr("(no text: invalid)") : detail.fullComment},
        {DocText::tr("Case"),
         detail.serviceCase ? detail.serviceCase->projectNo : DocText::tr("not synced yet")},
        {DocText::tr("Service item"), detail.serviceItem
                                          ? orCode(detail.serviceItem->taskName, r.taskCode)
                                          : orCode(QString(), r.taskCode)},
        {DocText::tr("Center"), orCode(r.centerName, r.centerCode)},
        {DocText::tr("Department"), orCode(r.deptName, r.deptCode)},
        {DocText::tr("Window"), orCode(r.windowName, r.windowCode)},
        {DocText::tr("Staff"), orCode(r.staffName, r.staffId)},
        {DocText::tr("Verify by"),
         r.verifyDeadline.isValid() ? deadlineText(r.verifyDeadline, false) : QStringLiteral("—")},
        {DocText::tr("Rectify by"),
         r.effectiveRectificationDeadline.isValid()
             ? deadlineText(r.effectiveRectificationDeadline, r.deadlineEstimated)
             : QStringLiteral("—")},
    };
    html += QStringLiteral("<table cellspacing=\"0\">");
    for (const auto &[label, value] : fields)
        html += QStringLiteral("<tr>") + cell(label, "th") + cell(value) + QStringLiteral("</tr>");
    html += QStringLiteral("</table><h2>%1</h2>").arg(DocText::tr("History").toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><tr>") +
            cell(DocText::tr("Time"), "th") + cell(DocText::tr("By"), "th") +
            cell(DocText::tr("Action"), "th") + cell(DocText::tr("Details"), "th") +
            cell(DocText::tr("Upload status"), "th") + QStringLiteral("</tr>");
    for (const TimelineEntry &e : detail.timeline) {
        const QString status = e.source == TimelineEntry::Source::Local && e.uploadStatus
                                   ? uploadStatusText(toString(*e.uploadStatus))
                                   : DocText::tr("On the platform");
        html += QStringLiteral("<tr>") + cell(formatPlatformTime(e.at)) + cell(e.actor) +
                cell(actionTypeName(e.type)) + cell(describeActionPayload(e.payload, unitName)) +
                cell(status) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p>%1</p>")
                .arg(DocText::tr("Printed %1 (China Standard Time). Evaluator personal data is "
                                 "not printed.")
                         .arg(formatPlatformTime(at))
                         .toHtmlEscaped());
    return html;
}

} // namespace pingjia
