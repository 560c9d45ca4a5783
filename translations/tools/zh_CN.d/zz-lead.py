# SPDX-License-Identifier: GPL-3.0-or-later
# Strings found untranslated when the lead merged the session's branches.
ZH_CN = {
'Te&xt as written': '文字稿(&X)',
'Pa&ges as printed': '版式预览(&G)',
'Print pre&view': '打印预览(&V)',
'The follow-up phone of bad review %1 cannot be protected, so nothing of its page was stored: %2':
    '差评%1的回访电话无法加密保护，该页数据均未保存：%2',
}
