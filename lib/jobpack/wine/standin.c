/* A stand-in tool for the Wine harness (lib/jobpack/wine.test.ts): <tool>.exe runs <tool>.cmd from its own
   folder with the same arguments and returns that script's exit code unchanged. A real .exe is needed because
   the job scripts run some tools by full path (lcscmd.exe, appcmd.exe), and because under Wine `call x.cmd`
   folds every non-zero exit code to 1, while a program's code (robocopy's 8, 16) comes back as it is. */
#include <windows.h>
#include <stdio.h>
#include <string.h>

int main(void) {
  char self[MAX_PATH];
  DWORD n = GetModuleFileNameA(NULL, self, MAX_PATH);
  if (n == 0 || n >= MAX_PATH - 4) return 250;
  char *dot = strrchr(self, '.');
  if (!dot) return 251;
  strcpy(dot, ".cmd");
  /* The arguments exactly as given: the command line after the program name. */
  const char *line = GetCommandLineA();
  if (*line == '"') {
    line++;
    while (*line && *line != '"') line++;
    if (*line) line++;
  } else {
    while (*line && *line != ' ' && *line != '\t') line++;
  }
  static char command[32768];
  snprintf(command, sizeof command, "cmd.exe /c \"\"%s\"%s\"", self, line);
  STARTUPINFOA si;
  PROCESS_INFORMATION pi;
  memset(&si, 0, sizeof si);
  si.cb = sizeof si;
  if (!CreateProcessA(NULL, command, NULL, NULL, TRUE, 0, NULL, NULL, &si, &pi)) return 252;
  WaitForSingleObject(pi.hProcess, INFINITE);
  DWORD code = 253;
  GetExitCodeProcess(pi.hProcess, &code);
  return (int)code;
}
