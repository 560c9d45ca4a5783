// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bulletin's text as one scrolling page (headings, paragraphs, tables; charts named),
// updated as the office edits: quick to read while writing. The paged print preview
// (BulletinPreview) shows the real pages.

#include "models/reports/BulletinContent.h"

#include <QTextBrowser>

namespace pingjia {

class BulletinOutline : public QTextBrowser {
    Q_OBJECT
public:
    explicit BulletinOutline(QWidget *parent = nullptr);
    void showContent(const BulletinContent &content);
    // The HTML shown (tests).
    static QString html(const BulletinContent &content);
};

} // namespace pingjia
