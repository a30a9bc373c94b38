@echo off
rem Jinzai Workbench launcher (Windows).
rem   jinzai                 open the workbench
rem Environment (all optional): JINZAI_JAVA, JINZAI_WORKSPACE, JINZAI_LANG (ja or en), JINZAI_XMX, JINZAI_VMARGS
setlocal EnableExtensions EnableDelayedExpansion
set "REQUIRED_JAVA=21"
set "HERE=%~dp0"
if "%HERE:~-1%"=="\" set "HERE=%HERE:~0,-1%"

set "JAVA="
if defined JINZAI_JAVA set "JAVA=%JINZAI_JAVA%"
if not defined JAVA if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for %%J in (java.exe) do set "JAVA=%%~$PATH:J"
if not defined JAVA goto nojava
if not exist "%JAVA%" goto nojava

set "MAJOR="
for /f "tokens=2 delims==" %%V in ('"%JAVA%" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "MAJOR=%%V"
set "MAJOR=%MAJOR: =%"
if "%MAJOR:~0,2%"=="1." set "MAJOR=%MAJOR:~2%"
for /f "delims=." %%M in ("%MAJOR%") do set "MAJOR=%%M"
if not defined MAJOR goto oldjava
if %MAJOR% LSS %REQUIRED_JAVA% goto oldjava

set "LAUNCHER="
for %%L in ("%HERE%\plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
  echo This Jinzai Workbench installation is incomplete: no plugins\org.eclipse.equinox.launcher_*.jar in %HERE%. 1>&2
  exit /b 1
)

set "NL=en"
if not defined JINZAI_LANG if exist "%USERPROFILE%\.jinzai\language" set /p JINZAI_LANG=<"%USERPROFILE%\.jinzai\language"
if defined JINZAI_LANG (
  if /i "%JINZAI_LANG:~0,2%"=="ja" set "NL=ja"
) else (
  for /f "tokens=3" %%C in ('reg query "HKCU\Control Panel\International" /v LocaleName 2^>nul ^| findstr LocaleName') do set "UILOCALE=%%C"
  if /i "!UILOCALE:~0,2!"=="ja" set "NL=ja"
)

if not defined JINZAI_WORKSPACE set "JINZAI_WORKSPACE=%USERPROFILE%\jinzai-workspace"
for %%L in ("%LAUNCHER%") do set "VERSION_TAG=%%~nL"
set "VERSION_TAG=%VERSION_TAG:org.eclipse.equinox.launcher_=%"
if not defined JINZAI_CONFIGURATION set "JINZAI_CONFIGURATION=%USERPROFILE%\.jinzai\configuration\%VERSION_TAG%"
if not defined JINZAI_XMX set "JINZAI_XMX=4g"
if not exist "%JINZAI_WORKSPACE%" mkdir "%JINZAI_WORKSPACE%"
if not exist "%JINZAI_CONFIGURATION%" mkdir "%JINZAI_CONFIGURATION%"

set "COMMAND=%~1"
set "CLI="
for %%C in (validate simulate compare goal-seek sweep sensitivity import-staff policy-template calibrate backtest help --help -h --version) do if /i "%COMMAND%"=="%%C" set "CLI=1"
if defined CLI (
  "%JAVA%" -Xmx%JINZAI_XMX% -XX:+UseParallelGC -Djava.awt.headless=true "-Djava.util.logging.config.file=%HERE%\logging.properties" "-Dosgi.sharedConfiguration.area=%HERE%\configuration" -Dosgi.nl=%NL% %JINZAI_VMARGS% -jar "%LAUNCHER%" -configuration "%JINZAI_CONFIGURATION%" -data @none -nl %NL% -application org.jinzai.cli.app %*
  exit /b %ERRORLEVEL%
)
"%JAVA%" -Xmx%JINZAI_XMX% -XX:+UseG1GC "-Djava.util.logging.config.file=%HERE%\logging.properties" -Dosgi.requiredJavaVersion=%REQUIRED_JAVA% "-Dosgi.sharedConfiguration.area=%HERE%\configuration" -Dosgi.nl=%NL% %JINZAI_VMARGS% -jar "%LAUNCHER%" -configuration "%JINZAI_CONFIGURATION%" -data "%JINZAI_WORKSPACE%" -nl %NL% %*
exit /b %ERRORLEVEL%

:nojava
echo Jinzai Workbench needs Java %REQUIRED_JAVA% or newer, and no java was found. 1>&2
goto javahelp
:oldjava
echo Jinzai Workbench needs Java %REQUIRED_JAVA% or newer; %JAVA% is Java %MAJOR%. 1>&2
:javahelp
echo Install a Java %REQUIRED_JAVA%+ runtime (for example Eclipse Temurin 21 or 25) and set JAVA_HOME to it, or set JINZAI_JAVA to its bin\java.exe. 1>&2
exit /b 1
