; Inno Setup script for the Windows installer. Build on Windows, after `pyinstaller build.spec`:
;   iscc resources\packaging\windows\shop-assistant.iss
; Output: dist\小店合规助手-安装程序.exe. The app goes to Program Files; the seller's data stays in
; %LOCALAPPDATA%\ShopAssistant, so uninstalling or upgrading never touches it.
; Relative paths below are relative to this file's folder, wherever iscc is started from.
; Needs Inno Setup 6.3 or later (x64compatible). Inno Setup 6 has no official Simplified Chinese
; messages: put ChineseSimplified.isl (jrsoftware/issrc, Files/Languages/Unofficial) into the
; compiler's Languages folder; Inno Setup 7 ships it. The release workflow does both, pinned.
; The workflow passes the version and an ASCII file name (GitHub renames Chinese asset names):
;   iscc /DAppVersion=0.2.0 /Fshop-assistant-0.2.0-windows-x64-setup ...
#ifndef AppVersion
#define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C1C0E43-1A4B-4C8E-9B7E-5A7D2F3C8B11}
AppName=小店合规助手
AppVersion={#AppVersion}
AppPublisher=小店合规助手
DefaultDirName={autopf}\ShopAssistant
DefaultGroupName=小店合规助手
OutputDir=..\..\..\dist
OutputBaseFilename=小店合规助手-安装程序
SetupIconFile=..\..\icons\app.ico
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
PrivilegesRequiredOverridesAllowed=dialog
UninstallDisplayIcon={app}\shop-assistant.exe
; the app is 64-bit: install it into "Program Files", not "Program Files (x86)"
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\..\dist\shop-assistant\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\小店合规助手"; Filename: "{app}\shop-assistant.exe"
Name: "{autodesktop}\小店合规助手"; Filename: "{app}\shop-assistant.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\shop-assistant.exe"; Description: "{cm:LaunchProgram,小店合规助手}"; Flags: nowait postinstall skipifsilent
