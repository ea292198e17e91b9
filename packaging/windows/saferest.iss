; Inno Setup script for SafeRest on Windows.
; Build the bundle first (python packaging\build_bundle.py [--kiosk]), then: iscc packaging\windows\saferest.iss
; Pass /DFlavour=kiosk to package the kiosk bundle (dist\saferest-kiosk).

#define AppName "SafeRest"
#define AppVersion "0.1.0"
#ifndef Flavour
  #define Flavour "desktop"
#endif
#if Flavour == "kiosk"
  #define BundleDir "..\..\dist\saferest-kiosk"
#else
  #define BundleDir "..\..\dist\saferest"
#endif

[Setup]
AppId={{6C1E2F0B-5A7D-4E9B-9E61-3B9E2D9C7A41}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=SafeRest developers
DefaultDirName={autopf}\SafeRest
DefaultGroupName=SafeRest
DisableProgramGroupPage=yes
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=SafeRest-{#AppVersion}-{#Flavour}-setup
SetupIconFile=..\icons\saferest.ico
UninstallDisplayIcon={app}\saferest.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\kiosk\kiosk.example.toml"; DestDir: "{commonappdata}\SafeRest"; Flags: onlyifdoesntexist

[Dirs]
; Admin settings live here; ordinary users may read but not write (SafeRest refuses a writable file).
Name: "{commonappdata}\SafeRest"; Permissions: users-readexec

[Icons]
Name: "{group}\SafeRest"; Filename: "{app}\saferest.exe"
Name: "{autodesktop}\SafeRest"; Filename: "{app}\saferest.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\saferest.exe"; Description: "{cm:LaunchProgram,SafeRest}"; Flags: nowait postinstall skipifsilent
