package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
)

// event is one line of `go test -json` (cmd/test2json), build events
// included.
type event struct {
	Time        time.Time
	Action      string
	Package     string
	ImportPath  string // of build-output and build-fail events
	Test        string
	Elapsed     float64
	Output      string
	FailedBuild string
}

// pkgState is what the reporter knows of one package under test.
type pkgState struct {
	started time.Time
	done    bool
	// results maps a test name (subtests as "Parent/child") to its last
	// action: pass, fail or skip.
	results map[string]string
	// running maps a test that has started and not ended to its start.
	running map[string]time.Time
	// output holds each test's output lines ("" for the package's own),
	// printed only when something fails.
	output map[string][]string
}

// counts is a tally of leaf tests.
type counts struct{ passed, failed, skipped int }

func (c *counts) add(o counts) {
	c.passed += o.passed
	c.failed += o.failed
	c.skipped += o.skipped
}

// String is the plain closing line format: "N passed, N failed, N skipped".
func (c counts) String() string {
	return fmt.Sprintf("%d passed, %d failed, %d skipped", c.passed, c.failed, c.skipped)
}

// goReporter turns a `go test -json` stream into what a person follows:
// one line per package as it ends, the whole output of every failing test,
// a progress line whenever nothing was printed for a while, and a tally.
type goReporter struct {
	out    io.Writer
	module string        // the module path, dropped from package names
	quiet  time.Duration // silence before a progress line
	start  time.Time

	mu        sync.Mutex
	pkgs      map[string]*pkgState
	order     []string // packages in the order they started
	lastPrint time.Time
	tally     counts
	failed    []string // packages that failed
	// failures holds one line per failing test (or package that failed
	// outside its tests): the package, the test and its first message.
	failures []string
}

func newGoReporter(out io.Writer, module string, quiet time.Duration) *goReporter {
	now := time.Now()
	return &goReporter{out: out, module: module, quiet: quiet, start: now, lastPrint: now, pkgs: map[string]*pkgState{}}
}

func (r *goReporter) printf(format string, args ...any) {
	fmt.Fprintf(r.out, format, args...)
	r.lastPrint = time.Now()
}

func (r *goReporter) pkg(name string) *pkgState {
	p := r.pkgs[name]
	if p == nil {
		p = &pkgState{started: time.Now(), results: map[string]string{}, running: map[string]time.Time{}, output: map[string][]string{}}
		r.pkgs[name] = p
		r.order = append(r.order, name)
	}
	return p
}

// consume reads the stream to its end. Lines that are not JSON events
// (go vet's or the linker's messages, a crash of go itself) are printed as
// they are.
func (r *goReporter) consume(in io.Reader) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	for sc.Scan() {
		line := sc.Bytes()
		var ev event
		if len(line) == 0 || line[0] != '{' || json.Unmarshal(line, &ev) != nil {
			r.mu.Lock()
			r.printf("%s\n", line)
			r.mu.Unlock()
			continue
		}
		r.mu.Lock()
		r.handle(ev)
		r.mu.Unlock()
	}
	return sc.Err()
}

func (r *goReporter) handle(ev event) {
	switch ev.Action {
	case "build-output":
		r.printf("%s", ev.Output)
		return
	case "build-fail":
		return // the package's own fail event follows, with FailedBuild
	}
	if ev.Package == "" {
		return
	}
	p := r.pkg(ev.Package)
	switch ev.Action {
	case "start":
		p.started = time.Now()
	case "run":
		p.running[ev.Test] = time.Now()
	case "output":
		p.output[ev.Test] = append(p.output[ev.Test], ev.Output)
	case "pass", "fail", "skip":
		if ev.Test != "" {
			p.results[ev.Test] = ev.Action
			delete(p.running, ev.Test)
			return
		}
		r.finish(ev, p)
	}
}

// finish reports a package that ended.
func (r *goReporter) finish(ev event, p *pkgState) {
	p.done = true
	c := p.leafCounts()
	r.tally.add(c)
	name := r.shortPkg(ev.Package)
	switch {
	case ev.Action == "skip" && len(p.results) == 0:
		return // no test files: nothing to say
	case ev.Action == "fail":
		r.failed = append(r.failed, ev.Package)
		if c.failed == 0 {
			// The package failed outside any test (a build error, a panic
			// in init or TestMain, a timeout): count the package itself,
			// or the tally would read green.
			r.tally.failed++
		}
		if ev.FailedBuild != "" {
			r.printf("FAIL  %s  (build failed: %s)\n", name, r.shortPkg(ev.FailedBuild))
			r.failures = append(r.failures, fmt.Sprintf("%s: build failed: %s", name, r.shortPkg(ev.FailedBuild)))
			return
		}
		r.printf("FAIL  %s  %.1fs  (%s)\n", name, ev.Elapsed, c)
		for _, t := range p.failedLeaves() {
			r.printf("--- %s\n", t)
			out := p.outputOf(t)
			for _, l := range out {
				r.printf("    %s", l)
			}
			r.failures = append(r.failures, fmt.Sprintf("%s %s: %s", name, t, firstMessage(out)))
		}
		if c.failed == 0 {
			// Its own output says why.
			for _, l := range p.output[""] {
				r.printf("    %s", l)
			}
			r.failures = append(r.failures, fmt.Sprintf("%s (outside its tests): %s", name, firstMessage(p.output[""])))
		}
	default:
		r.printf("ok    %s  %.1fs  (%s)\n", name, ev.Elapsed, c)
	}
}

// leafCounts counts the tests of p that have no subtests, so a parent
// whose child failed is not counted twice.
func (p *pkgState) leafCounts() counts {
	var c counts
	for t, a := range p.results {
		if p.isParent(t) {
			continue
		}
		switch a {
		case "pass":
			c.passed++
		case "fail":
			c.failed++
		case "skip":
			c.skipped++
		}
	}
	return c
}

func (p *pkgState) isParent(t string) bool {
	for u := range p.results {
		if strings.HasPrefix(u, t+"/") {
			return true
		}
	}
	return false
}

func (p *pkgState) failedLeaves() []string {
	var out []string
	for t, a := range p.results {
		if a == "fail" && !p.isParent(t) {
			out = append(out, t)
		}
	}
	sort.Strings(out)
	return out
}

// outputOf returns the output of test t and of its parents, the way
// go test prints it (a subtest's failure message is often logged by its
// parent).
func (p *pkgState) outputOf(t string) []string {
	var out []string
	parts := strings.Split(t, "/")
	for i := 1; i <= len(parts); i++ {
		out = append(out, p.output[strings.Join(parts[:i], "/")]...)
	}
	return out
}

// progress prints a line naming what runs when nothing was printed for
// r.quiet; it returns whether it printed.
func (r *goReporter) progress(now time.Time) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if now.Sub(r.lastPrint) < r.quiet {
		return false
	}
	var running []string
	done := 0
	for _, name := range r.order {
		p := r.pkgs[name]
		if p.done {
			done++
			continue
		}
		s := r.shortPkg(name)
		if t, since := p.longestRunning(); t != "" {
			s += fmt.Sprintf(" (%s, %s)", t, now.Sub(since).Round(time.Second))
		}
		running = append(running, s)
	}
	what := "compiling"
	if len(running) > 0 {
		what = "running " + strings.Join(running, ", ")
	}
	r.printf("…     go test %s: %d packages done, %s\n", now.Sub(r.start).Round(time.Second), done, what)
	return true
}

// longestRunning returns the top-level test of p that has run longest.
func (p *pkgState) longestRunning() (string, time.Time) {
	var name string
	var since time.Time
	names := make([]string, 0, len(p.running))
	for t := range p.running {
		names = append(names, t)
	}
	slices.Sort(names)
	for _, t := range names {
		if strings.Contains(t, "/") {
			continue
		}
		if s := p.running[t]; name == "" || s.Before(since) {
			name, since = t, s
		}
	}
	return name, since
}

// maxMessage is how much of a failure's first message a failure line keeps.
const maxMessage = 240

// firstMessage picks what in a failing test's output says why: the first
// two lines the test printed through t.Log, t.Error or t.Fatal
// (file:line: ..., which go test does not tell apart) other than the "• "
// narration of internal/localnet, else a panic, else the last line that is
// not go test's own "--- FAIL", "FAIL" or "=== RUN".
func firstMessage(out []string) string {
	var last, panicLine string
	var messages []string
	for _, l := range out {
		t := strings.TrimSpace(l)
		switch {
		case t == "" || strings.HasPrefix(t, "=== ") || strings.HasPrefix(t, "--- ") || t == "FAIL" || strings.HasPrefix(t, "FAIL\t") || strings.HasPrefix(t, "exit status"):
			continue
		case fileLine.MatchString(t) && !strings.HasPrefix(fileLine.ReplaceAllString(t, ""), "• "):
			// go test prints t.Log and t.Error alike: keep two, so that
			// a failure a test logged a step before is still shown.
			if messages = append(messages, clip(t)); len(messages) == 2 {
				return strings.Join(messages, " | ")
			}
			continue
		case fileLine.MatchString(t):
			continue // internal/localnet's narration of a test's set-up, logged as it goes
		case panicLine == "" && strings.HasPrefix(t, "panic:"):
			panicLine = t
		}
		last = t
	}
	if len(messages) > 0 {
		return messages[0]
	}
	if panicLine != "" {
		return clip(panicLine)
	}
	if last == "" {
		return "(no message)"
	}
	return clip(last)
}

// fileLine matches a message of t.Error and its kin: "name_test.go:12: ...".
var fileLine = regexp.MustCompile(`^[\w.-]+\.go:\d+: `)

func clip(s string) string {
	if len(s) <= maxMessage {
		return s
	}
	return s[:maxMessage] + "…"
}

// failureLines returns one line per failing test seen so far.
func (r *goReporter) failureLines() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.failures)
}

// summary returns the tally, counting a package that failed to build as
// one failure.
func (r *goReporter) summary() counts {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.tally
}

// shortPkg writes a package of the module as its directory ("./agent").
func (r *goReporter) shortPkg(p string) string {
	if r.module == "" {
		return p
	}
	if p == r.module {
		return "."
	}
	if rest, ok := strings.CutPrefix(p, r.module+"/"); ok {
		return "./" + rest
	}
	return p
}
