# SPDX-License-Identifier: GPL-3.0-or-later
# sync-speed: what the platform's answers mean (busy is not offline, not an API, hints).
ZH_CN = {
    '%1 answered %2 with a web page (HTML) instead of JSON: this address does not look like a 好差评 platform API. Check the platform address (it ends before /api/v1).':
        '%1 对 %2 返回的是网页（HTML），而不是 JSON：该地址不像是好差评平台的接口。请检查平台地址（地址应止于 /api/v1 之前）。',
    "HTTP %1 %2 and a web page (HTML), not the platform's JSON error":
        'HTTP %1 %2，返回的是网页（HTML），而非平台的 JSON 错误说明',
    "HTTP %1 %2 without the platform's JSON error":
        'HTTP %1 %2，未附平台的 JSON 错误说明',
    'The platform at %1 answers but could not serve %2 in %3 tries; the last problem: %4. Everything received before is kept; try again later.':
        '%1 的平台有应答，但 %3 次尝试均未能完成 %2，最后一次的问题：%4。此前收到的数据均已保留，请稍后重试。',
    'If the platform uses HTTPS, write its address with https://.':
        '如平台使用 HTTPS，请以 https:// 开头填写地址。',
    '%1 answered /api/v1/meta with %2; a 好差评 platform API answers there with its description in JSON. Check the platform address (it ends before /api/v1).':
        '%1 对 /api/v1/meta 返回了 %2；好差评平台接口应在此以 JSON 返回平台说明。请检查平台地址（地址应止于 /api/v1 之前）。',
}
