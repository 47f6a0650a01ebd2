"""Run a command and report its own peak resident size: ``python measured_exec.py REPORT
AS_LIMIT PROGRAM ARG...``.

The corpus runner cannot read the peak from its own ``wait4``: Linux keeps a process's peak
resident size across ``exec``, so a command forked from the runner (hundreds of megabytes
once it holds the snapshots of large inputs) reports at least the runner's size. This small
process forks the command instead, so the floor is its own few megabytes. It writes the
command's peak (kilobytes) to REPORT and ends the way the command ended. AS_LIMIT, when not
0, is the command's address-space limit in bytes.
"""

from __future__ import annotations

import os
import resource
import signal
import sys
import traceback


def main() -> None:
    report, limit, program = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    pid = os.fork()
    if pid == 0:
        try:
            if limit:
                resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
            os.execv(program[0], program)
        except BaseException:
            traceback.print_exc()  # the runner counts a traceback as a crash
        os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    with open(report, "w", encoding="ascii") as out:
        out.write(str(usage.ru_maxrss))
    if os.WIFSIGNALED(status):  # die of the same signal, so the runner sees a crash
        number = os.WTERMSIG(status)
        signal.signal(number, signal.SIG_DFL)
        os.kill(os.getpid(), number)
    sys.exit(os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main()
