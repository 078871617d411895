package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// runGo runs `go test -json ARGS` through a goReporter and returns go
// test's exit status (1 when go test exited 0 but a failure was seen).
func runGo(args []string, out io.Writer) int {
	rep := newGoReporter(out, modulePath(), quiet)
	cmd := exec.Command("go", append([]string{"test", "-json"}, args...)...)
	code, err := stream(cmd, func(r io.Reader) error { return rep.consume(r) }, func(now time.Time) { rep.progress(now) })
	if err != nil {
		fmt.Fprintf(out, "testrun: %v\n", err)
		return 2
	}
	c := rep.summary()
	for _, f := range rep.failureLines() {
		fmt.Fprintf(out, "%s%s\n", failurePrefix, f)
	}
	fmt.Fprintf(out, "go test: %s in %s\n", c, time.Since(rep.start).Round(time.Second))
	if code == 0 && c.failed > 0 {
		code = 1
	}
	return code
}

// failurePrefix starts the line runGo prints for each failing test just
// before its tally; runSteps repeats these lines at the very end, where a
// reader of the last lines of a long log (a CI page) sees them.
const failurePrefix = "failed test: "

// maxFailureLines is how many failure lines the closing summary repeats.
const maxFailureLines = 10

// stream starts cmd with its stdout and stderr on one pipe, hands the
// pipe to consume, calls tick every second until cmd ends, and returns
// cmd's exit status.
func stream(cmd *exec.Cmd, consume func(io.Reader) error, tick func(time.Time)) (int, error) {
	pr, pw, err := os.Pipe()
	if err != nil {
		return 0, err
	}
	cmd.Stdout, cmd.Stderr = pw, pw
	if err := cmd.Start(); err != nil {
		pr.Close()
		pw.Close()
		return 0, err
	}
	pw.Close() // the child holds its own copy
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case now := <-t.C:
				tick(now)
			}
		}
	}()
	cerr := consume(pr)
	pr.Close()
	werr := cmd.Wait()
	close(done)
	wg.Wait()
	if cerr != nil {
		return 0, cerr
	}
	var exit *exec.ExitError
	switch {
	case werr == nil:
		return 0, nil
	case errors.As(werr, &exit):
		if code := exit.ExitCode(); code > 0 {
			return code, nil
		}
		return 1, nil // killed by a signal
	default:
		return 0, werr
	}
}

// forgeTally matches forge's last line, "Ran 7 test suites in 42.10s
// (46.09s CPU time): 147 tests passed, 0 failed, 0 skipped (147 total
// tests)".
var forgeTally = regexp.MustCompile(`^Ran \d+ test suites? in .*: (\d+) tests? passed, (\d+) failed, (\d+) skipped`)

// goTally matches runGo's last line.
var goTally = regexp.MustCompile(`^go test: (\d+) passed, (\d+) failed, (\d+) skipped`)

// parseTally reads a forge or go test tally from one line of output.
func parseTally(line string) (counts, bool) {
	for _, re := range []*regexp.Regexp{forgeTally, goTally} {
		if m := re.FindStringSubmatch(stripANSI(line)); m != nil {
			p, _ := strconv.Atoi(m[1])
			f, _ := strconv.Atoi(m[2])
			s, _ := strconv.Atoi(m[3])
			return counts{p, f, s}, true
		}
	}
	return counts{}, false
}

var ansi = regexp.MustCompile("\x1b\\[[0-9;]*m")

func stripANSI(s string) string { return ansi.ReplaceAllString(s, "") }

// stepResult is how one step ended.
type stepResult struct {
	name    string
	code    int
	elapsed time.Duration
	tally   counts
	counted bool
	// failures are the step's failure lines (failurePrefix dropped).
	failures []string
}

// runSteps runs `make STEP` for each step and prints the summary; see the
// package comment.
func runSteps(args []string, out io.Writer) int {
	counted := map[string]bool{}
	beside := map[string]bool{}
	for len(args) >= 2 && (args[0] == "-count" || args[0] == "-beside") {
		set := counted
		if args[0] == "-beside" {
			set = beside
		}
		for _, s := range strings.Split(args[1], ",") {
			set[s] = true
		}
		args = args[2:]
	}
	if len(args) == 0 {
		usage()
	}
	w := &lineWriter{out: out}
	results := make([]stepResult, len(args))
	var wg sync.WaitGroup
	for i, step := range args {
		if beside[step] {
			wg.Add(1)
			go func() {
				defer wg.Done()
				results[i] = runStep(step, counted[step], w, "["+step+"] ")
			}()
		}
	}
	for i, step := range args {
		if !beside[step] {
			results[i] = runStep(step, counted[step], w, "")
		}
	}
	wg.Wait()
	return summarize(results, out)
}

// lineWriter lets steps that run side by side print whole lines to one
// output, each line at once.
type lineWriter struct {
	mu  sync.Mutex
	out io.Writer
}

// println prints prefix and line as one line.
func (w *lineWriter) println(prefix, line string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	fmt.Fprintf(w.out, "%s%s\n", prefix, line)
}

// runStep runs `make STEP`, copying its output, each line after prefix,
// and reading its tally.
func runStep(step string, count bool, w *lineWriter, prefix string) stepResult {
	w.println(prefix, "==> "+step)
	res := stepResult{name: step, counted: count}
	start := time.Now()
	var mu sync.Mutex
	last := start
	cmd := exec.Command("make", "--no-print-directory", step)
	code, err := stream(cmd, func(r io.Reader) error {
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
		for sc.Scan() {
			line := sc.Text()
			mu.Lock()
			w.println(prefix, line)
			last = time.Now()
			if t, ok := parseTally(line); ok && count {
				res.tally = t // the last tally of the step is its total
			}
			if f, ok := strings.CutPrefix(stripANSI(line), failurePrefix); ok {
				res.failures = append(res.failures, f)
			}
			mu.Unlock()
		}
		return sc.Err()
	}, func(now time.Time) {
		mu.Lock()
		defer mu.Unlock()
		// A little later than runGo's own progress lines, which say more.
		if now.Sub(last) >= quiet+10*time.Second {
			w.println(prefix, fmt.Sprintf("…     %s still running (%s)", step, now.Sub(start).Round(time.Second)))
			last = now
		}
	})
	if err != nil {
		w.println(prefix, fmt.Sprintf("testrun: %s: %v", step, err))
		code = 2
	}
	res.code, res.elapsed = code, time.Since(start)
	status := "ok"
	if code != 0 {
		status = fmt.Sprintf("FAILED (exit %d)", code)
	}
	w.println(prefix, fmt.Sprintf("<== %s %s in %s\n", step, status, res.elapsed.Round(time.Second)))
	return res
}

// summarize prints each step's result, the failed steps and the tally
// line, and returns the exit status.
func summarize(results []stepResult, out io.Writer) int {
	var total counts
	var failed, parts, failures []string
	for _, r := range results {
		for _, f := range r.failures {
			failures = append(failures, r.name+": "+f)
		}
		total.add(r.tally)
		status := "ok"
		if r.code != 0 {
			status = "FAILED"
			failed = append(failed, r.name)
			if r.tally.failed == 0 {
				total.failed++ // a step that failed without a failing test
			}
		}
		part := fmt.Sprintf("%s %s %s", r.name, status, r.elapsed.Round(time.Second))
		if r.counted {
			part += fmt.Sprintf(" (%d passed, %d failed)", r.tally.passed, r.tally.failed)
		}
		parts = append(parts, part)
	}
	for i, f := range failures {
		if i == maxFailureLines {
			fmt.Fprintf(out, "%s… and %d more (above)\n", failurePrefix, len(failures)-i)
			break
		}
		fmt.Fprintf(out, "%s%s\n", failurePrefix, f)
	}
	fmt.Fprintf(out, "steps: %s\n", strings.Join(parts, "; "))
	code := 0
	if len(failed) > 0 {
		fmt.Fprintf(out, "failed steps: %s\n", strings.Join(failed, ", "))
		code = 1
	}
	fmt.Fprintf(out, "test: %s\n", total)
	return code
}
