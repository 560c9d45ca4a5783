# SPDX-License-Identifier: GPL-3.0-or-later
# zh_CN for the bulletin document: print preview, font settings, PDF/ODT errors.
ZH_CN = {
    # BulletinPreview
    '−': '−',
    '+': '+',
    'Zoom out': '缩小',
    'Zoom in': '放大',
    'Fit width': '适合宽度',
    'Fit the page width to the view': '按页面宽度显示',
    'Print…': '打印…',
    'Print through the system dialog': '通过系统打印对话框打印',
    '%n page(s)': '共%n页',
    # BulletinFontsSection
    'Bulletin fonts': '通报字体',
    'Official documents use FangSong for the body, XiaoBiaoSong for the title, HeiTi and '
    'KaiTi for headings. A face that is not installed is replaced by the closest installed '
    'one.': '公文正文用仿宋，标题用小标宋，一级标题用黑体，二级标题用楷体。'
            '所选字体未安装时，自动改用已安装的最接近字体。',
    'Restore defaults': '恢复默认',
    '%1 is not installed; using %2': '未安装“%1”，改用“%2”',
    # BulletinFonts
    'Body text (FangSong)': '正文（仿宋）',
    'Office name and title (XiaoBiaoSong)': '发文机关标志和标题（小标宋）',
    'First-level headings (HeiTi)': '一级标题（黑体）',
    'Second-level headings (KaiTi)': '二级标题（楷体）',
    'Page numbers (SongTi)': '页码（宋体）',
    # BulletinPdf, BulletinOdt
    'Cannot start printing.': '无法开始打印。',
    'Cannot add a page.': '无法添加新页。',
    'Cannot finish the document.': '无法完成文档输出。',
    'Cannot write %1: %2': '无法写入 %1：%2',
    'the document could not be encoded': '文档无法编码',
}
