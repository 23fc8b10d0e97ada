@echo off
rem sst: runs the sst command line from the jar beside this script (sst-VERSION.jar). Needs Java 17 or newer:
rem %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java on the PATH.
rem
rem   sst validate examples\cases\hughes-2022.yaml
rem   sst --help
rem
rem A quick start: the JVM runs with options for short runs (the quick compiler only, the serial collector) and
rem with class data sharing: the first run validates the reference case beside this script once (a few seconds) to
rem write an archive of the classes sst loads, in %LOCALAPPDATA%\sst; later runs map it. After a Java update,
rem delete that folder to make the archive again. If it cannot be made or used, sst runs without it.
rem "sst serve" (a long-running server) runs with the JVM's defaults.
setlocal

set "SST_JAR="
for %%j in ("%~dp0sst-*.jar") do set "SST_JAR=%%~fj"
if not defined SST_JAR (
  echo sst: no sst-VERSION.jar beside %~f0; unzip the whole release again 1>&2
  exit /b 3
)
if defined JAVA_HOME (
  set "SST_JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "SST_JAVA=java"
)

if /i "%~1"=="serve" goto serve

set "SST_ARCHIVE="
if not defined LOCALAPPDATA goto quick
for %%j in ("%SST_JAR%") do set "SST_ARCHIVE=%LOCALAPPDATA%\sst\%%~nj.jsa"
set "SST_CASE=%~dp0examples\cases\hughes-2022.yaml"
if exist "%SST_ARCHIVE%.tried" goto quick
if not exist "%SST_CASE%" goto quick
if not exist "%LOCALAPPDATA%\sst" mkdir "%LOCALAPPDATA%\sst" 2>nul
echo sst: preparing a quicker start, once, a few seconds... 1>&2
"%SST_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "-Xlog:cds*=off" "-XX:ArchiveClassesAtExit=%SST_ARCHIVE%" -jar "%SST_JAR%" validate "%SST_CASE%" >nul 2>&1
if errorlevel 1 del /q "%SST_ARCHIVE%" 2>nul
type nul > "%SST_ARCHIVE%.tried" 2>nul

:quick
if defined SST_ARCHIVE if exist "%SST_ARCHIVE%" goto shared
"%SST_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "%SST_JAR%" %*
exit /b %ERRORLEVEL%

:shared
rem -Xshare:auto: a JVM that cannot use the archive runs without it; -Xlog:cds*=off: and says nothing about it.
"%SST_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "-XX:SharedArchiveFile=%SST_ARCHIVE%" -Xshare:auto "-Xlog:cds*=off" -jar "%SST_JAR%" %*
exit /b %ERRORLEVEL%

:serve
"%SST_JAVA%" -jar "%SST_JAR%" %*
exit /b %ERRORLEVEL%
