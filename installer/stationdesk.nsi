; StationDesk installer (NSIS 3, compiled with makensis -WX: warnings are errors).
;
; A per-user install (no administrator rights: station PCs are often locked down) into
; %LOCALAPPDATA%\Programs\StationDesk, with Start-menu and desktop shortcuts and an entry in
; Settings > Apps. The uninstaller removes exactly the files this installer put there (the manifest
; made by payload_manifest.py) and never the data folder %LOCALAPPDATA%\StationDesk; an upgrade first
; removes the older version's files the same way, and the program then backs up and migrates the
; data at its next start. Simplified Chinese first (the default), English for English Windows.
;
; 64-bit setup (Target amd64-unicode): the program is 64-bit only (PySide6), and Debian's 64-bit
; Wine runs it in CI without the i386 architecture that a 32-bit setup would need.
;
;   makensis -WX -DVERSION=0.1.0 -DPAYLOAD=dist\StationDesk -DMANIFEST=build\installer\install-manifest.txt
;            -DOUTFILE=dist\installer\StationDesk-Setup-0.1.0.exe installer\stationdesk.nsi

Unicode true
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh

!ifndef VERSION
  !error "give -DVERSION=x.y.z"
!endif
!ifndef PAYLOAD
  !error "give -DPAYLOAD=<the one-folder build, holding StationDesk.exe>"
!endif
!ifndef MANIFEST
  !error "give -DMANIFEST=<install-manifest.txt from payload_manifest.py>"
!endif
!ifndef OUTFILE
  !define OUTFILE "StationDesk-Setup-${VERSION}.exe"
!endif

!define APP "StationDesk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define SHORTCUT_ZH "StationDesk 社区服务站工作台"
!define SHORTCUT_EN "StationDesk Community Service Station"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "Software\${APP}" "InstallDir"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} ${VERSION} Setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "StationDesk"

!define MUI_ABORTWARNING
!define MUI_ICON "${__FILEDIR__}/../src/stationdesk/resources/icons/stationdesk.ico"
!define MUI_UNICON "${__FILEDIR__}/../src/stationdesk/resources/icons/stationdesk.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\StationDesk.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString ShortcutName ${LANG_SIMPCHINESE} "${SHORTCUT_ZH}"
LangString ShortcutName ${LANG_ENGLISH} "${SHORTCUT_EN}"

; Delete what $INSTDIR\install-manifest.txt lists: files, then folders deepest first, each folder
; only when it is empty. The installer runs it on an older version before an upgrade.
!macro REMOVE_LISTED PREFIX
Function ${PREFIX}RemoveListed
  ClearErrors
  FileOpen $0 "$INSTDIR\install-manifest.txt" r
  ${If} ${Errors}
    Return
  ${EndIf}
  ${Do}
    ClearErrors
    FileReadUTF16LE $0 $1
    ${If} ${Errors}
      ${ExitDo}
    ${EndIf}
    ${Do}
      StrCpy $2 $1 1 -1
      ${If} $2 == "$\n"
      ${OrIf} $2 == "$\r"
        StrCpy $1 $1 -1
      ${Else}
        ${ExitDo}
      ${EndIf}
    ${Loop}
    ${If} $1 == ""
      ${Continue}
    ${EndIf}
    StrCpy $2 $1 1 -1
    ${If} $2 == "\"
      RMDir "$INSTDIR\$1"
    ${Else}
      Delete "$INSTDIR\$1"
    ${EndIf}
  ${Loop}
  FileClose $0
FunctionEnd
!macroend
!insertmacro REMOVE_LISTED ""
!insertmacro REMOVE_LISTED "un."

Section "StationDesk" SectionProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  Call RemoveListed
  File /r "${PAYLOAD}\*"
  File "/oname=install-manifest.txt" "${MANIFEST}"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\$(ShortcutName).lnk" "$INSTDIR\StationDesk.exe"
  CreateShortcut "$DESKTOP\$(ShortcutName).lnk" "$INSTDIR\StationDesk.exe"

  WriteRegStr HKCU "Software\${APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "$(ShortcutName)"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\StationDesk.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  Call un.RemoveListed
  Delete "$INSTDIR\install-manifest.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR" ; only when empty: what a person put there stays, and so does the data folder
  Delete "$SMPROGRAMS\${APP}\${SHORTCUT_ZH}.lnk"
  Delete "$SMPROGRAMS\${APP}\${SHORTCUT_EN}.lnk"
  RMDir "$SMPROGRAMS\${APP}"
  Delete "$DESKTOP\${SHORTCUT_ZH}.lnk"
  Delete "$DESKTOP\${SHORTCUT_EN}.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP}"
SectionEnd
