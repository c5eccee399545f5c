#include "core/settings/settings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela::Core;

class tst_Settings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void missingValuesReturnDefaults();
    void writesPersistAcrossInstances();
    void writingEmitsChangedOnlyOnChange();
    void savesAfterDebounceWithoutExplicitFlush();
    void wrongTypeFallsBackToDefault();
    void unreadableFileIsKeptNotOverwritten();

private:
    QString iniPath() const { return m_dir.filePath(QStringLiteral("candela.ini")); }
    QTemporaryDir m_dir;
};

void tst_Settings::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(iniPath());
    QFile::remove(iniPath() + QStringLiteral(".broken"));
}

void tst_Settings::missingValuesReturnDefaults()
{
    Settings settings(iniPath());
    QCOMPARE(settings.value(SettingKeys::Language), QString());
    const SettingKey<int> withDefault{QStringLiteral("test/answer"), 42};
    QCOMPARE(settings.value(withDefault), 42);
}

void tst_Settings::writesPersistAcrossInstances()
{
    {
        Settings settings(iniPath());
        settings.setValue(SettingKeys::Language, QStringLiteral("de"));
        settings.setValue(SettingKeys::MainWindowState, QByteArray("\x00\x01layout", 8));
    }
    Settings reopened(iniPath());
    QCOMPARE(reopened.value(SettingKeys::Language), QStringLiteral("de"));
    QCOMPARE(reopened.value(SettingKeys::MainWindowState), QByteArray("\x00\x01layout", 8));
}

void tst_Settings::writingEmitsChangedOnlyOnChange()
{
    Settings settings(iniPath());
    QSignalSpy changed(&settings, &Settings::changed);
    settings.setValue(SettingKeys::Language, QStringLiteral("de"));
    settings.setValue(SettingKeys::Language, QStringLiteral("de"));
    settings.setValue(SettingKeys::Language, QStringLiteral("en"));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).toString(), SettingKeys::Language.name);
}

void tst_Settings::savesAfterDebounceWithoutExplicitFlush()
{
    Settings settings(iniPath());
    settings.setValue(SettingKeys::Language, QStringLiteral("de"));
    QVERIFY(!QFile::exists(iniPath())); // not yet: the save is debounced
    QTRY_VERIFY(QFile::exists(iniPath()));
    QSettings onDisk(iniPath(), QSettings::IniFormat);
    QCOMPARE(onDisk.value(SettingKeys::Language.name).toString(), QStringLiteral("de"));
}

void tst_Settings::wrongTypeFallsBackToDefault()
{
    {
        QSettings raw(iniPath(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("test/count"), QStringLiteral("not a number"));
    }
    Settings settings(iniPath());
    const SettingKey<QList<int>> listKey{QStringLiteral("test/count"), {1, 2}};
    QCOMPARE(settings.value(listKey), QList<int>({1, 2}));
}

void tst_Settings::unreadableFileIsKeptNotOverwritten()
{
    const QByteArray garbage("[general\nlanguage=\"de\n\x01\x02\xff");
    {
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    // An unclosed section header is a format error for QSettings' INI reader.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("could not be read")));
    {
        Settings settings(iniPath());
        QCOMPARE(settings.value(SettingKeys::Language), QString());
        settings.setValue(SettingKeys::Language, QStringLiteral("en"));
    }
    QFile kept(iniPath() + QStringLiteral(".broken"));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage);
}

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"
