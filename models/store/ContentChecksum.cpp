// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/ContentChecksum.h"

#include "models/secrets/PersonalDataMask.h"
#include "models/store/StoredTime.h"

#include <QJsonDocument>

namespace pingjia {

namespace {
QString t(const QDateTime &time)
{
    return StoredTime::toText(time);
}
QString b(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}
QString n(qint64 value)
{
    return QString::number(value);
}
} // namespace

ContentChecksum::ContentChecksum() : m_hash(QCryptographicHash::Sha256)
{
}

QString ContentChecksum::hex() const
{
    return QString::fromLatin1(m_hash.result().toHex());
}

void ContentChecksum::addLine(const QStringList &fields)
{
    m_hash.addData(fields.join(QChar(0x1f)).toUtf8());
    m_hash.addData(QByteArrayView("\n", 1));
    ++m_count;
}

void ContentChecksum::add(const OrgUnit &r)
{
    addLine({r.orgCode, r.name, r.level, r.kind, r.parentCode, r.areaCode, r.creditCode,
             b(r.withdrawn), t(r.updatedAt)});
}

void ContentChecksum::add(const StaffMember &r)
{
    addLine({r.staffId, r.name, r.orgCode, b(r.withdrawn), t(r.updatedAt)});
}

void ContentChecksum::add(const ServiceItem &r)
{
    addLine({r.taskCode, r.taskName, r.taskType, r.deptCode, b(r.withdrawn), t(r.updatedAt)});
}

void ContentChecksum::add(const ServiceCase &r)
{
    addLine({r.projectNo, r.taskCode, r.deptCode, r.centerCode, r.windowCode, r.staffId,
             t(r.acceptDate), t(r.finishDate), n(r.proStatus), b(r.withdrawn), t(r.updatedAt)});
}

void ContentChecksum::add(const Evaluation &r)
{
    addMasked(r, PersonalDataMask::name(r.userName), PersonalDataMask::mobile(r.mobile));
}

void ContentChecksum::addMasked(const Evaluation &r, const QString &nameMasked,
                                const QString &mobileMasked)
{
    addLine({r.evalId,      r.projectNo,    r.taskCode,     r.deptCode,      r.centerCode,
             r.windowCode,  r.staffId,      r.areaCode,     r.channelCode,   r.rawSatisfaction,
             n(r.level),    r.evalDetail,   r.text,         t(r.assessTime), n(r.assessNumber),
             n(r.userProp), b(r.anonymous), b(r.withdrawn), t(r.updatedAt),  nameMasked,
             mobileMasked});
}

void ContentChecksum::add(const HandlingRecord &r)
{
    addLine(
        {r.evalId, QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact))});
}

} // namespace pingjia
