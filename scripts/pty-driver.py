#!/usr/bin/env python3
"""A small pseudo-terminal driver for measuring terminal programs side by side.

Standard library only. It starts COMMAND in a pty of the given size, waits for a text
to appear in what the program writes (its first frame), then does one of:

  first-frame  send the quit keys at once; time from start to exit
  keys         press KEY COUNT times; after each, read until the output settles;
               bytes written per key and the time to the last byte of each
  type         send BEFORE (e.g. "/" to focus a search field), then type TEXT one
               character at a time, each read until the output settles; RESET
               (e.g. Ctrl-U) between ROUNDS; time from key to the last byte
  idle         read for IDLE seconds without input: bytes written and CPU time

"Settles" means no output for SETTLE milliseconds; the time reported is that of the
last byte before the quiet, not the end of the quiet. Fine for a measurement script,
not for tests. With --repeat N the program is started N times and medians are
printed; the output is one JSON object on stdout.

Keys are given as Python string escapes: 'q', '\\x03' (Ctrl-C), '\\x1b[B' (Down),
'\\x15' (Ctrl-U).

Example:
  pty-driver.py --cols 80 --rows 24 --ready '9 av 9' --quit q --mode first-frame \\
      --repeat 20 -- target/release/metodstod
"""

import argparse
import fcntl
import json
import os
import re
import pty
import select
import signal
import statistics
import struct
import sys
import termios
import time


CURSOR_STEP = re.compile(rb"\x1b\[(\d*)C")


def unescape(s):
    return s.encode("latin-1", "backslashreplace").decode("unicode_escape").encode("utf-8")


class Child:
    """COMMAND running in a pty of cols x rows, its output read through the master."""

    def __init__(self, argv, cols, rows, stdin, env, autogroup_nice=None):
        self.cols, self.rows = cols, rows
        self.start = time.monotonic()
        pid, fd = pty.fork()
        if pid == 0:
            try:
                if autogroup_nice is not None:
                    # The pty made a new session, so a new scheduling autogroup: give it
                    # the same priority as the driver's (root only for a negative value).
                    with open("/proc/self/autogroup", "w") as f:
                        f.write(str(autogroup_nice))
                fcntl.ioctl(1, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
                if stdin is not None:
                    f = os.open(stdin, os.O_RDONLY)
                    os.dup2(f, 0)
                    os.close(f)
                os.execvpe(argv[0], argv, env)
            except BaseException as e:  # noqa: BLE001 - report anything, then leave
                os.write(2, f"pty-driver: cannot start {argv[0]}: {e}\n".encode())
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self.output = bytearray()
        self.last_byte = None
        self.exited = False
        self.status = None

    def read(self, timeout):
        """Reads what is there within `timeout` seconds; returns the bytes (b'' on
        timeout), or None when the program closed the terminal."""
        if self.exited:
            return None
        r, _, _ = select.select([self.fd], [], [], max(timeout, 0))
        if not r:
            return b""
        try:
            data = os.read(self.fd, 1 << 16)
        except OSError:
            data = b""
        if not data:
            self.exited = True
            return None
        self.last_byte = time.monotonic()
        self.output += data
        # Answer a cursor position query, so a program that asks does not wait.
        if b"\x1b[6n" in data:
            self.write(b"\x1b[1;1R")
        return data

    def write(self, data):
        os.write(self.fd, data)

    def wait_for(self, text, timeout):
        """Reads until `text` appears in the output; returns the time it appeared. A
        backend may step over a blank cell with a cursor move (CSI n C) instead of
        writing a space: such a step reads as that many spaces here."""
        deadline = time.monotonic() + timeout
        seen_from = 0
        while True:
            start = max(0, seen_from - len(text) - 16)
            window = CURSOR_STEP.sub(lambda m: b" " * int(m.group(1) or 1), bytes(self.output[start:]))
            if text in window:
                return self.last_byte
            seen_from = len(self.output)
            left = deadline - time.monotonic()
            if left <= 0:
                tail = bytes(self.output[-400:])
                raise TimeoutError(f"{text!r} did not appear within {timeout} s; last output: {tail!r}")
            if self.read(min(left, 0.5)) is None:
                raise RuntimeError(f"the program ended before {text!r} appeared")

    def settle(self, quiet, timeout=30.0):
        """Reads until there is no output for `quiet` seconds; returns (bytes, time of
        the last byte or None)."""
        count, last = 0, None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            data = self.read(quiet)
            if data is None:
                break
            if not data:
                return count, last
            count += len(data)
            last = self.last_byte
        return count, last

    def wait_exit(self, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = status
                return time.monotonic()
            # Drain, so the program is never blocked writing its last bytes.
            if self.read(0.002) is None:
                _, status = os.waitpid(self.pid, 0)
                self.status = status
                return time.monotonic()
        raise TimeoutError("the program did not exit")

    def kill(self):
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        try:
            os.close(self.fd)
        except OSError:
            pass

    def peak_rss_kb(self):
        with open(f"/proc/{self.pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return None

    def cpu_ns(self):
        """CPU time of every thread so far, in nanoseconds (schedstat), and in clock
        ticks converted to nanoseconds (stat: utime + stime)."""
        total = 0
        for task in os.listdir(f"/proc/{self.pid}/task"):
            try:
                with open(f"/proc/{self.pid}/task/{task}/schedstat") as f:
                    total += int(f.read().split()[0])
            except FileNotFoundError:
                pass
        with open(f"/proc/{self.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        ticks = int(fields[11]) + int(fields[12])
        return total, ticks * 1_000_000_000 // os.sysconf("SC_CLK_TCK")


def median(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def run_once(args, env):
    c = Child(args.command, args.cols, args.rows, args.stdin, env, args.autogroup_nice)
    result = {}
    try:
        ready_at = c.wait_for(unescape(args.ready), args.timeout)
        result["ready_s"] = ready_at - c.start
        quiet = args.settle / 1000
        if args.mode == "first-frame":
            if args.rss:
                result["rss_kb"] = c.peak_rss_kb()
            c.write(unescape(args.quit))
            result["exit_s"] = c.wait_exit(args.timeout) - c.start
            return result
        c.settle(quiet)
        if args.mode == "keys":
            key = unescape(args.key)
            per_key, latency = [], []
            for _ in range(args.count):
                sent = time.monotonic()
                c.write(key)
                n, last = c.settle(quiet)
                per_key.append(n)
                latency.append(None if last is None else last - sent)
            result["bytes_per_key"] = sum(per_key) / len(per_key)
            result["bytes_each"] = per_key
            result["latency_s"] = median(latency)
        elif args.mode == "type":
            if args.before:
                c.write(unescape(args.before))
                c.settle(quiet)
            latency, per_key = [], []
            for _ in range(args.rounds):
                for ch in args.type:
                    sent = time.monotonic()
                    c.write(ch.encode("utf-8"))
                    n, last = c.settle(quiet)
                    per_key.append(n)
                    latency.append(None if last is None else last - sent)
                c.write(unescape(args.reset))
                c.settle(quiet)
            result["latency_s"] = median(latency)
            result["latency_each_s"] = latency
            result["bytes_each"] = per_key
        elif args.mode == "idle":
            cpu0 = c.cpu_ns()
            end = time.monotonic() + args.idle
            written = 0
            while (left := end - time.monotonic()) > 0:
                data = c.read(left)
                if data is None:
                    break
                written += len(data)
            cpu1 = c.cpu_ns()
            result["idle_bytes"] = written
            result["idle_cpu_ms"] = (cpu1[0] - cpu0[0]) / 1e6
            result["idle_cpu_ticks_ms"] = (cpu1[1] - cpu0[1]) / 1e6
        if args.rss:
            result["rss_kb"] = c.peak_rss_kb()
        c.write(unescape(args.quit))
        c.wait_exit(args.timeout)
        return result
    finally:
        if c.status is None:
            c.kill()
        else:
            os.close(c.fd)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--cols", type=int, default=80)
    p.add_argument("--rows", type=int, default=24)
    p.add_argument("--stdin", help="a file to give the program as its standard input")
    p.add_argument("--env", action="append", default=[], metavar="NAME=VALUE")
    p.add_argument("--ready", required=True, help="text that marks the first frame")
    p.add_argument("--quit", default="q", help="keys that quit (escapes allowed)")
    p.add_argument("--mode", choices=["first-frame", "keys", "type", "idle"], default="first-frame")
    p.add_argument("--key", default="\\x1b[B", help="keys mode: the key to press")
    p.add_argument("--count", type=int, default=8, help="keys mode: how many presses")
    p.add_argument("--type", default="skogä", help="type mode: characters to type")
    p.add_argument("--before", default="", help="type mode: keys sent before typing")
    p.add_argument("--reset", default="\\x15", help="type mode: keys between rounds")
    p.add_argument("--rounds", type=int, default=3, help="type mode: rounds per start")
    p.add_argument("--idle", type=float, default=5.0, help="idle mode: seconds")
    p.add_argument("--settle", type=float, default=150, help="quiet milliseconds that end output")
    p.add_argument("--repeat", type=int, default=1)
    p.add_argument("--rss", action="store_true", help="report peak RSS (VmHWM) before quitting")
    p.add_argument("--timeout", type=float, default=60)
    p.add_argument("--autogroup-nice", type=int, help="nice value of the program's autogroup (Linux; negative needs root)")
    p.add_argument("command", nargs="+")
    args = p.parse_args()

    env = dict(os.environ)
    for item in args.env:
        name, _, value = item.partition("=")
        env[name] = value

    runs = [run_once(args, env) for _ in range(args.repeat)]
    out = {"runs": len(runs)}
    for key in runs[0]:
        values = [r.get(key) for r in runs]
        if all(isinstance(v, (int, float)) or v is None for v in values):
            out[key] = median(values)
            out[key + "_all"] = values
        else:
            out[key] = values if len(values) > 1 else values[0]
    if "latency_each_s" in runs[0]:
        # Every typed key of every run counts once.
        every = [x for r in runs for x in r["latency_each_s"]]
        out["latency_s"] = median(every)
        out["latency_each_s"] = every
    json.dump(out, sys.stdout)
    print()


if __name__ == "__main__":
    main()
