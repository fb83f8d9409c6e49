; Inno Setup 6 script for Adviser Desk on Windows: a per-user install without administrator
; rights (IT can still install for all users from the command line: /ALLUSERS).
;
; Build on Windows, from the repository root, after `make dist` has produced dist\adviser-desk\
; (see README, "Windows: build the installer"):
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\adviser-desk.iss
; The installer is written to dist\installer\AdviserDesk-<version>-setup.exe.
;
; The uninstaller removes only the files this installer copied and the registry entries it
; made. Case files (*.adcase and the files beside them), backups, settings and the diagnostics
; log live elsewhere and are never deleted: there is deliberately no [UninstallDelete] section.

#define AppName "Adviser Desk"
#define AppId "nl.adviserdesk.AdviserDesk"
#define AppVersion "0.1.0"
#define AppPublisher "The Adviser Desk authors"
#define AppUrl "https://adviserdesk.nl/"
#define Bundle "..\..\dist\adviser-desk"
#define ProgId "AdviserDesk.CaseFile"

[Setup]
; A fixed AppId (uuid5 of the reverse-DNS id) so upgrades replace the previous version.
AppId={{6ABD68D1-7D14-5A3A-833C-0BC2FF1CAAFB}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppPublisherURL={#AppUrl}
AppSupportURL={#AppUrl}
; Per user, no UAC prompt: {autopf} becomes %LOCALAPPDATA%\Programs for a non-admin install.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist\installer
OutputBaseFilename=AdviserDesk-{#AppVersion}-setup
SetupIconFile=..\icons\adviser-desk.ico
UninstallDisplayIcon={app}\adviser-desk.exe
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
CloseApplications=yes
VersionInfoVersion={#AppVersion}

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\icons\adviser-desk-case.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\adviser-desk.exe"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\adviser-desk.exe"; Tasks: desktopicon

[Registry]
; The .adcase association, per user (HKA is HKCU for a per-user install, HKLM for /ALLUSERS),
; with the case-file icon. Only the values we own are removed on uninstall.
Root: HKA; Subkey: "Software\Classes\.adcase"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.adcase\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Adviser Desk case file"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\adviser-desk-case.ico,0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\adviser-desk.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\adviser-desk.exe\SupportedTypes"; ValueType: string; ValueName: ".adcase"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\adviser-desk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
