<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../src/stationdesk/ui/pages/home_page.py" line="13"/>
        <source>服务对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/stationdesk/ui/pages/home_page.py" line="14"/>
        <source>老年人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/stationdesk/ui/pages/home_page.py" line="15"/>
        <source>儿童</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/stationdesk/ui/pages/home_page.py" line="16"/>
        <source>志愿者</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/stationdesk/ui/main_window.py" line="20"/>
        <source>StationDesk 社区服务站工作台 — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/stationdesk/ui/main_window.py" line="41"/>
        <source>站点：{code} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/stationdesk/ui/main_window.py" line="42"/>
        <source>数据文件夹：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/stationdesk/ui/main_window.py" line="48"/>
        <source>正在处理…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/stationdesk/ui/main_window.py" line="54"/>
        <source>设置(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/stationdesk/ui/main_window.py" line="56"/>
        <source>关于(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/stationdesk/ui/main_window.py" line="58"/>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/stationdesk/ui/main_window.py" line="60"/>
        <source>退出(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/stationdesk/ui/main_window.py" line="63"/>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/stationdesk/ui/main_window.py" line="93"/>
        <source>关于 StationDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/stationdesk/ui/main_window.py" line="94"/>
        <source>StationDesk {version}
社区服务站工作台
数据文件夹：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/stationdesk/ui/pages/home_page.py" line="59"/>
        <source>首页</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../src/stationdesk/ui/messages.py" line="19"/>
        <source>出现了意外错误，操作未完成，数据没有改动。详情已写入数据文件夹的日志。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/stationdesk/ui/messages.py" line="25"/>
        <source>无法完成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/stationdesk/ui/dialogs/settings_dialog.py" line="14"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/stationdesk/ui/dialogs/settings_dialog.py" line="23"/>
        <source>界面语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/stationdesk/ui/dialogs/settings_dialog.py" line="24"/>
        <source>更改语言后，重新启动程序生效。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationSetupDialog</name>
    <message>
        <location filename="../../src/stationdesk/ui/dialogs/station_setup_dialog.py" line="11"/>
        <source>首次使用：设置站点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/stationdesk/ui/dialogs/station_setup_dialog.py" line="13"/>
        <source>如 ZQ-DZ-001（由市级系统分配）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/stationdesk/ui/dialogs/station_setup_dialog.py" line="15"/>
        <source>如 端州区城东街道社区服务站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/stationdesk/ui/dialogs/station_setup_dialog.py" line="23"/>
        <source>这是一个新的数据文件夹。请填写本站点的编码和名称。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/stationdesk/ui/dialogs/station_setup_dialog.py" line="24"/>
        <source>站点编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/stationdesk/ui/dialogs/station_setup_dialog.py" line="25"/>
        <source>站点名称</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/stationdesk/ui/app.py" line="61"/>
        <source>无法打开数据库</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
