package main

import (
	"bytes"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// jsonLines encodes events as go test -json would.
func jsonLines(t *testing.T, evs ...event) string {
	t.Helper()
	var b strings.Builder
	for _, ev := range evs {
		line, err := json.Marshal(ev)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.String()
}

const mod = "example.com/m"

func TestReporterCountsLeavesAndShowsFailures(t *testing.T) {
	in := jsonLines(t,
		event{Action: "start", Package: mod + "/a"},
		event{Action: "run", Package: mod + "/a", Test: "TestOK"},
		event{Action: "pass", Package: mod + "/a", Test: "TestOK"},
		event{Action: "run", Package: mod + "/a", Test: "TestParent"},
		event{Action: "run", Package: mod + "/a", Test: "TestParent/one"},
		event{Action: "output", Package: mod + "/a", Test: "TestParent/one", Output: "    a_test.go:9: wrong answer 41\n"},
		event{Action: "fail", Package: mod + "/a", Test: "TestParent/one"},
		event{Action: "run", Package: mod + "/a", Test: "TestParent/two"},
		event{Action: "skip", Package: mod + "/a", Test: "TestParent/two"},
		event{Action: "fail", Package: mod + "/a", Test: "TestParent"},
		event{Action: "fail", Package: mod + "/a", Elapsed: 1.5},
		event{Action: "start", Package: mod + "/b"},
		event{Action: "run", Package: mod + "/b", Test: "TestB"},
		event{Action: "pass", Package: mod + "/b", Test: "TestB"},
		event{Action: "pass", Package: mod + "/b", Elapsed: 0.2},
		event{Action: "start", Package: mod + "/c"},
		event{Action: "skip", Package: mod + "/c"},
	) + "a line that is not JSON\n"
	var out bytes.Buffer
	r := newGoReporter(&out, mod, time.Hour)
	if err := r.consume(strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	got := r.summary()
	if want := (counts{passed: 2, failed: 1, skipped: 1}); got != want {
		t.Errorf("tally %+v, want %+v (the parent TestParent must not count)", got, want)
	}
	s := out.String()
	for _, want := range []string{"FAIL  ./a", "--- TestParent/one", "wrong answer 41", "ok    ./b", "a line that is not JSON"} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "./c") {
		t.Errorf("a package without tests was reported:\n%s", s)
	}
	if got, want := r.failureLines(), []string{"./a TestParent/one: a_test.go:9: wrong answer 41"}; !slices.Equal(got, want) {
		t.Errorf("failure lines %q, want %q", got, want)
	}
}

func TestFirstMessage(t *testing.T) {
	for _, tc := range []struct {
		out  []string
		want string
	}{
		{[]string{"=== RUN   TestX\n", "    x_test.go:3: got 1\n", "    x_test.go:4: got 2\n", "    x_test.go:5: got 3\n", "--- FAIL: TestX (0.00s)\n"}, "x_test.go:3: got 1 | x_test.go:4: got 2"},
		{[]string{"=== RUN   TestX\n", "panic: boom\n", "goroutine 7 [running]:\n", "FAIL\tm/x\t0.1s\n"}, "panic: boom"},
		{[]string{"some log line\n", "--- FAIL: TestX (0.00s)\n"}, "some log line"},
		{nil, "(no message)"},
		{[]string{"    e2e_test.go:110: • anvil listening on http://127.0.0.1:1\n", "    metrics_test.go:133: miner: 0 fresh keys\n"}, "metrics_test.go:133: miner: 0 fresh keys"},
		{[]string{"x_test.go:1: " + strings.Repeat("y", 400)}, "x_test.go:1: " + strings.Repeat("y", maxMessage-len("x_test.go:1: ")) + "…"},
	} {
		if got := firstMessage(tc.out); got != tc.want {
			t.Errorf("firstMessage(%q) = %q, want %q", tc.out, got, tc.want)
		}
	}
}

func TestReporterCountsAPackageThatFailsOutsideTests(t *testing.T) {
	in := jsonLines(t,
		event{Action: "build-output", ImportPath: mod + "/x [" + mod + "/x.test]", Output: "x/x.go:3:1: syntax error\n"},
		event{Action: "start", Package: mod + "/x"},
		event{Action: "fail", Package: mod + "/x", FailedBuild: mod + "/x [" + mod + "/x.test]"},
		event{Action: "start", Package: mod + "/y"},
		event{Action: "output", Package: mod + "/y", Output: "panic: boom in TestMain\n"},
		event{Action: "fail", Package: mod + "/y"},
	)
	var out bytes.Buffer
	r := newGoReporter(&out, mod, time.Hour)
	if err := r.consume(strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	if got := r.summary(); got.failed != 2 {
		t.Errorf("failed = %d, want 2 (a build failure and a panic outside tests)", got.failed)
	}
	for _, want := range []string{"syntax error", "build failed", "panic: boom in TestMain"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestReporterProgressNamesWhatRuns(t *testing.T) {
	in := jsonLines(t,
		event{Action: "start", Package: mod + "/slow"},
		event{Action: "run", Package: mod + "/slow", Test: "TestCrash"},
		event{Action: "run", Package: mod + "/slow", Test: "TestCrash/sub"},
	)
	var out bytes.Buffer
	r := newGoReporter(&out, mod, 30*time.Second)
	if err := r.consume(strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	if r.progress(time.Now()) {
		t.Fatal("progress printed before 30 s of silence")
	}
	if !r.progress(time.Now().Add(31 * time.Second)) {
		t.Fatal("no progress line after 31 s of silence")
	}
	if s := out.String(); !strings.Contains(s, "./slow (TestCrash,") {
		t.Errorf("progress line does not name the package and test: %q", s)
	}
}

func TestParseTally(t *testing.T) {
	for _, tc := range []struct {
		line string
		want counts
		ok   bool
	}{
		{"Ran 7 test suites in 42.10s (46.09s CPU time): 147 tests passed, 0 failed, 0 skipped (147 total tests)", counts{147, 0, 0}, true},
		{"\x1b[1mRan 1 test suite in 1s (1s CPU time): 3 tests passed, 1 failed, 2 skipped (6 total tests)\x1b[0m", counts{3, 1, 2}, true},
		{"go test: 512 passed, 3 failed, 4 skipped in 5m0s", counts{512, 3, 4}, true},
		{"Suite result: ok. 4 passed; 0 failed; 0 skipped", counts{}, false},
	} {
		got, ok := parseTally(tc.line)
		if ok != tc.ok || got != tc.want {
			t.Errorf("parseTally(%q) = %+v, %v; want %+v, %v", tc.line, got, ok, tc.want, tc.ok)
		}
	}
}

func TestSummarizeNeverReadsGreenWhenAStepFailed(t *testing.T) {
	var out bytes.Buffer
	code := summarize([]stepResult{
		{name: "fmt-check", code: 2},
		{name: "test-sol", code: 0, tally: counts{passed: 10}, counted: true},
		{name: "test-go", code: 1, tally: counts{passed: 5, failed: 2}, counted: true},
	}, &out)
	if code == 0 {
		t.Error("exit status 0 with failed steps")
	}
	s := out.String()
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if last := lines[len(lines)-1]; last != "test: 15 passed, 3 failed, 0 skipped" {
		t.Errorf("last line %q: want the two failing tests plus the failed fmt-check", last)
	}
	if !strings.Contains(s, "failed steps: fmt-check, test-go") {
		t.Errorf("failed steps not named:\n%s", s)
	}
}

// A failing test is named again among the last lines, where a reader of
// a log's tail (a CI page) sees it, even when its step ran beside others.
func TestFailingTestsNamedAtTheEnd(t *testing.T) {
	t.Chdir(t.TempDir())
	makefile := "bad:\n\t@echo 'failed test: ./e2e TestFlaky: e2e_test.go:9: no verdict'; echo 'go test: 1 passed, 1 failed, 0 skipped'; exit 1\n" +
		"long:\n\t@for i in $$(seq 40); do echo noise $$i; done\n"
	if err := os.WriteFile("Makefile", []byte(makefile), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if code := runSteps([]string{"-count", "bad", "-beside", "bad", "bad", "long"}, &out); code == 0 {
		t.Fatalf("exit 0:\n%s", out.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	tail := strings.Join(lines[len(lines)-5:], "\n")
	if !strings.Contains(tail, "failed test: bad: ./e2e TestFlaky: e2e_test.go:9: no verdict") {
		t.Errorf("the last lines do not name the failing test:\n%s", tail)
	}
}

// A step named by -beside runs at the same time as the others: here it
// waits for a file that a later step makes, which it would never see if
// the steps ran one after another.
func TestBesideStepsRunAtTheSameTime(t *testing.T) {
	t.Chdir(t.TempDir())
	makefile := "waits:\n" +
		"\t@for i in $$(seq 200); do [ -f made ] && echo saw it && exit 0; sleep 0.05; done; echo never made; exit 1\n" +
		"first:\n\t@echo first ran\n" +
		"makes:\n\t@touch made\n"
	if err := os.WriteFile("Makefile", []byte(makefile), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if code := runSteps([]string{"-beside", "waits", "waits", "first", "makes"}, &out); code != 0 {
		t.Fatalf("exit %d:\n%s", code, out.String())
	}
	s := out.String()
	for _, want := range []string{"[waits] saw it", "\nfirst ran\n", "steps: waits ok"} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
}
