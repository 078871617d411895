//go:build linux

package bench

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// clockTick is the unit of /proc/<pid>/stat's CPU times (USER_HZ, 100 on
// every Linux this runs on).
const clockTick = 10 * time.Millisecond

// ProcStat is a process's CPU time so far and its peak resident set.
type ProcStat struct {
	CPU    time.Duration
	MaxRSS int64 // KiB (VmHWM)
}

// ReadProc reads /proc/<pid>/stat and /proc/<pid>/status.
func ReadProc(pid int) (ProcStat, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return ProcStat{}, err
	}
	// The command name (field 2) is parenthesised and may hold spaces.
	rest := string(b)
	if i := strings.LastIndexByte(rest, ')'); i >= 0 {
		rest = rest[i+1:]
	}
	f := strings.Fields(rest)
	if len(f) < 13 {
		return ProcStat{}, fmt.Errorf("bench: /proc/%d/stat: %d fields", pid, len(f))
	}
	// After the name: state(3) ppid(4) ... utime(14) stime(15), i.e. f[11], f[12].
	ut, err1 := strconv.ParseInt(f[11], 10, 64)
	st, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return ProcStat{}, fmt.Errorf("bench: /proc/%d/stat: bad times", pid)
	}
	ps := ProcStat{CPU: time.Duration(ut+st) * clockTick}
	// The threads' own run times are nanoseconds, where stat's are whole
	// ticks: a process that ran 3 ms reads 0 or 10 ms there. Their sum
	// leaves out threads that exited (Go's seldom do), which stat counts:
	// the larger of the two is the better reading.
	if precise, err := threadsCPU(pid); err == nil {
		ps.CPU = max(ps.CPU, precise)
	}
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return ProcStat{}, err
	}
	for _, line := range strings.Split(string(status), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			ps.MaxRSS = kb
		}
	}
	return ps, nil
}

// threadsCPU sums the run time (nanoseconds) of pid's live threads, from
// each one's /proc/<pid>/task/<tid>/schedstat.
func threadsCPU(pid int) (time.Duration, error) {
	ents, err := os.ReadDir(fmt.Sprintf("/proc/%d/task", pid))
	if err != nil {
		return 0, err
	}
	var sum time.Duration
	for _, e := range ents {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%s/schedstat", pid, e.Name()))
		if err != nil {
			continue // the thread exited
		}
		f := strings.Fields(string(b))
		if len(f) == 0 {
			return 0, fmt.Errorf("bench: /proc/%d/task/%s/schedstat: empty", pid, e.Name())
		}
		ns, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil {
			return 0, fmt.Errorf("bench: /proc/%d/task/%s/schedstat: %w", pid, e.Name(), err)
		}
		sum += time.Duration(ns)
	}
	return sum, nil
}

// ResetPeak resets a process's peak resident set (VmHWM) to its current
// size, so that a later ReadProc reports the peak of what came after.
func ResetPeak(pid int) error {
	return os.WriteFile(fmt.Sprintf("/proc/%d/clear_refs", pid), []byte("5"), 0)
}

// peakSelf is this process's VmHWM in KiB.
func peakSelf() int64 {
	ps, err := ReadProc(os.Getpid())
	if err != nil {
		return 0
	}
	return ps.MaxRSS
}
