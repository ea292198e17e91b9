; Inno Setup script for SafeRest on Windows (Inno Setup 6.1 or newer).
;
; Build the bundle first, then the installer:
;   python packaging\build_bundle.py [--kiosk]      (runs iscc itself when it is on PATH)
;   iscc packaging\windows\saferest.iss [/DFlavour=kiosk] [/DAppVersion=X.Y.Z]
; The version comes from saferest.exe's version resource, which the build writes from
; saferest.__version__; /DAppVersion only overrides it.
;
; Silent installation (for deployment tools):
;   SafeRest-X.Y.Z-desktop-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /SP-
;       [/DIR="C:\Program Files\SafeRest"] [/TASKS="desktopicon"] [/LOG="C:\Temp\saferest-setup.log"]
; Silent removal:
;   "C:\Program Files\SafeRest\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Exit code 0 means success; see the Inno Setup documentation, "Setup Exit Codes".

#ifndef Flavour
  #define Flavour "desktop"
#endif
#if Flavour == "kiosk"
  #define BundleDir "..\..\dist\saferest-kiosk"
#else
  #define BundleDir "..\..\dist\saferest"
#endif
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AddBackslash(SourcePath) + BundleDir + "\saferest.exe", "ProductVersion")
#endif
#if AppVersion == ""
  #error "No version: build the bundle first (python packaging\build_bundle.py) or pass /DAppVersion=X.Y.Z"
#endif
#define AppName "SafeRest"
#define AppId "org.saferest.SafeRest"

[Setup]
AppId={{6C1E2F0B-5A7D-4E9B-9E61-3B9E2D9C7A41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
VersionInfoVersion={#AppVersion}
AppPublisher=SafeRest developers
AppPublisherURL=https://saferest.example.org/
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
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 and newer.
MinVersion=10.0
PrivilegesRequired=admin

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Files]
; saferest.exe (windowed) and saferest-cli.exe (console) share the same _internal folder.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion
Source: "..\..\resources\licences\*.txt"; DestDir: "{app}\licences"; Flags: ignoreversion
Source: "..\kiosk\kiosk.example.toml"; DestDir: "{commonappdata}\SafeRest"; Flags: onlyifdoesntexist

[Dirs]
Name: "{commonappdata}\SafeRest"

[Icons]
Name: "{group}\SafeRest"; Filename: "{app}\saferest.exe"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\SafeRest"; Filename: "{app}\saferest.exe"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
; The clinic's kiosk.toml lives in this folder. Only Administrators (S-1-5-32-544) and SYSTEM
; (S-1-5-18) may change it; Users (S-1-5-32-545) may read. SafeRest refuses a configuration
; anyone else can write (saferest\win_acl.py). SIDs, not names, so any Windows language works.
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\SafeRest"" /setowner *S-1-5-32-544 /T /C /Q"; Flags: runhidden waituntilterminated; StatusMsg: "Protecting the kiosk configuration folder..."
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\SafeRest"" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX /T /C /Q"; Flags: runhidden waituntilterminated
Filename: "{app}\saferest.exe"; Description: "{cm:LaunchProgram,SafeRest}"; Flags: nowait postinstall skipifsilent
