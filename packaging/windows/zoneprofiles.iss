; Inno Setup script: Zone Profiles for Windows, installed per user (no admin rights).
;
;   iscc /DAppVersion=0.1.0 /DFileVersion=0.1.0.0 /DSourceDir=dist\zoneprofiles ^
;        /DOutputDir=dist /DIconFile=build\icons\zoneprofiles.ico packaging\windows\zoneprofiles.iss
;
; packaging/build.py passes all of these; the version comes from pyproject.toml.
; The bundle (PyInstaller one-folder) holds ZoneProfiles.exe (the window) and
; zoneprofiles-cli.exe (export, print and --self-test, with a console).

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z (packaging/build.py does)
#endif
#ifndef FileVersion
  #define FileVersion "0.0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\zoneprofiles"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\zoneprofiles.ico"
#endif

[Setup]
; a fixed AppId keeps upgrades and the uninstaller tied to one entry
AppId={{8C6F2A51-3D4B-4E8A-9B7C-5A1E2F3D4C6B}
AppName=Zone Profiles
AppVersion={#AppVersion}
AppVerName=Zone Profiles {#AppVersion}
AppPublisher=Zone Profiles contributors
VersionInfoVersion={#FileVersion}
VersionInfoProductVersion={#FileVersion}
VersionInfoDescription=Zone Profiles installer
; per user: installs into %LOCALAPPDATA%\Programs, no UAC prompt
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\Zone Profiles
DefaultGroupName=Zone Profiles
DisableProgramGroupPage=yes
UninstallDisplayName=Zone Profiles
UninstallDisplayIcon={app}\ZoneProfiles.exe
SetupIconFile={#IconFile}
OutputDir={#OutputDir}
OutputBaseFilename=ZoneProfiles-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern

[Languages]
; Inno Setup's Simplified Chinese messages are an unofficial translation that its
; installation does not include, so the wizard speaks English; the app itself is Chinese
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an upgrade replaces the bundle whole: no stale modules from the previous version
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Zone Profiles"; Filename: "{app}\ZoneProfiles.exe"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\Zone Profiles"; Filename: "{app}\ZoneProfiles.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\ZoneProfiles.exe"; Description: "{cm:LaunchProgram,Zone Profiles}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; the app keeps its caches and settings in the user's folders, not here;
; only what Python may have left in the install folder goes
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
