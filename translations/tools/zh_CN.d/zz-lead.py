# SPDX-License-Identifier: GPL-3.0-or-later
# Strings found untranslated when the lead merged the session's branches.
ZH_CN = {
'Te&xt as written': '文字稿(&X)',
'Pa&ges as printed': '版式预览(&G)',
'Print pre&view': '打印预览(&V)',
}
