; Inno Setup script for ArticleEditor: run by packaging/build_windows.py, which passes
;   /DAppVersion=... /DAppDir=<PyInstaller one-folder app> /DOutputDir=... /DIconFile=...
; Installs per user by default (no admin prompt); an administrator may install for all users.

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z (packaging/build_windows.py does)
#endif

[Setup]
AppId={{6C1D7F4E-2B8A-4C55-9E0B-7A3F1D2C9B61}
AppName=ArticleEditor
AppVersion={#AppVersion}
AppVerName=ArticleEditor {#AppVersion}
AppPublisher=ArticleEditor developers
DefaultDirName={autopf}\ArticleEditor
DefaultGroupName=ArticleEditor
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
LicenseFile={#AppDir}\_internal\resources\licenses\ArticleEditor.txt
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\articleeditor.exe
UninstallDisplayName=ArticleEditor {#AppVersion}
OutputDir={#OutputDir}
OutputBaseFilename=ArticleEditor-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "mdassoc"; Description: "Open Markdown files (.md, .markdown) with ArticleEditor"; GroupDescription: "File associations:"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#AppDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\ArticleEditor"; Filename: "{app}\articleeditor.exe"
Name: "{autodesktop}\ArticleEditor"; Filename: "{app}\articleeditor.exe"; Tasks: desktopicon

[Registry]
; A ProgID for Markdown articles; .md and .markdown list it under "Open with", and it becomes
; the default where no other program claimed the extension. Removed by the uninstaller.
Root: HKA; Subkey: "Software\Classes\ArticleEditor.Markdown"; ValueType: string; ValueName: ""; ValueData: "Markdown article"; Flags: uninsdeletekey; Tasks: mdassoc
Root: HKA; Subkey: "Software\Classes\ArticleEditor.Markdown\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\articleeditor.exe,0"; Tasks: mdassoc
Root: HKA; Subkey: "Software\Classes\ArticleEditor.Markdown\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\articleeditor.exe"" ""%1"""; Tasks: mdassoc
Root: HKA; Subkey: "Software\Classes\.md\OpenWithProgids"; ValueType: string; ValueName: "ArticleEditor.Markdown"; ValueData: ""; Flags: uninsdeletevalue; Tasks: mdassoc
Root: HKA; Subkey: "Software\Classes\.markdown\OpenWithProgids"; ValueType: string; ValueName: "ArticleEditor.Markdown"; ValueData: ""; Flags: uninsdeletevalue; Tasks: mdassoc
Root: HKA; Subkey: "Software\Classes\.md"; ValueType: string; ValueName: ""; ValueData: "ArticleEditor.Markdown"; Flags: createvalueifdoesntexist uninsdeletevalue; Tasks: mdassoc
Root: HKA; Subkey: "Software\Classes\Applications\articleeditor.exe\SupportedTypes"; ValueType: string; ValueName: ".md"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\articleeditor.exe\SupportedTypes"; ValueType: string; ValueName: ".markdown"; ValueData: ""

[Run]
Filename: "{app}\articleeditor.exe"; Description: "{cm:LaunchProgram,ArticleEditor}"; Flags: nowait postinstall skipifsilent
