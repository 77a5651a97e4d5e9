; Inno Setup 6 script: per-user install of the PyInstaller build in dist\StationDesk.
#define AppVersion GetEnv("STATIONDESK_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6E3C2A4B-5D8F-4B8E-9C61-1F2D3A4B5C6D}
AppName=StationDesk 社区服务站工作台
AppVersion={#AppVersion}
AppPublisher=StationDesk
DefaultDirName={localappdata}\Programs\StationDesk
DefaultGroupName=StationDesk
PrivilegesRequired=lowest
OutputDir=..\dist\installer
OutputBaseFilename=StationDesk-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\StationDesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\StationDesk 社区服务站工作台"; Filename: "{app}\StationDesk.exe"
Name: "{userdesktop}\StationDesk"; Filename: "{app}\StationDesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"

[Run]
Filename: "{app}\StationDesk.exe"; Description: "{cm:LaunchProgram,StationDesk}"; Flags: nowait postinstall skipifsilent
