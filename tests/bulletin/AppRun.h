// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the real `pingjia` binary ($PINGJIA_APP) and the poppler / unzip / LibreOffice tools
// the bulletin tests read their outputs with.
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace pingjia::bulletintest {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run runProgram(const QString &program, const QStringList &args,
                      const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                      int timeoutMs = 600000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// `pingjia --home <home> <args>` at the simulator's time.
inline Run runApp(const QString &home, const QStringList &args, const QString &now)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PINGJIA_NOW"), now);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return runProgram(qEnvironmentVariable("PINGJIA_APP"),
                      QStringList{QStringLiteral("--home"), home} + args, env);
}

// pdftotext's text, NFKC-normalised (it returns some CJK as Kangxi radicals: 月 → ⽉).
inline QString pdfText(const QString &pdf)
{
    const Run r =
        runProgram(QStringLiteral("pdftotext"),
                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    return r.out.normalized(QString::NormalizationForm_KC);
}

inline QString zipText(const QString &zip, const QString &member)
{
    return runProgram(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member}).out;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Text without the spaces and line breaks a layout puts between characters and cells.
inline QString squeezed(QString text)
{
    text.remove(QLatin1Char(' '));
    text.remove(QLatin1Char('\n'));
    text.remove(QChar(0x3000));
    text.remove(QLatin1Char('\f'));
    return text;
}

} // namespace pingjia::bulletintest
