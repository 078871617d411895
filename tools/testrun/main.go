// Command testrun runs the project's checks so that a person can follow
// them and a failure cannot hide: it is what `make test` and
// `make test-go` call.
//
//	testrun steps [-count STEP,...] [-beside STEP,...] STEP...
//
// runs `make STEP` for each STEP in turn, whatever the one before returned,
// except that the steps named by -beside start at once and run beside the
// others (their lines marked "[STEP] "): a step that mostly waits, like
// the end-to-end tests on their block times, leaves the CPU to the rest;
// prints a progress line whenever a step has been silent for 30 s, and ends
// with a line "failed test: STEP: PACKAGE TEST: MESSAGE" for each failing Go
// test (at most 10: a CI page that shows only the last lines names them),
// the steps' results and one line "test: N passed, N failed, N skipped".
// The counts are the forge and Go tests of the steps named by -count; a step
// that fails without a failing test (a formatting check, a build error)
// counts as one failure, so the line never reads green when a step failed.
// The exit status is 0 only when every step exited 0.
//
//	testrun go [go test flags] PACKAGES...
//
// runs `go test -json` and prints a line per package as it ends, the whole
// output of each failing test, a progress line naming the packages and
// tests still running whenever nothing was printed for 30 s, and a last
// line "go test: N passed, N failed, N skipped" (leaf tests: a parent with
// subtests is not counted). Its exit status is go test's.
package main

import (
	"fmt"
	"os"
	"strings"
	"time"
)

// quiet is how long a step or go test may print nothing before a progress
// line says what is running.
const quiet = 30 * time.Second

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	var code int
	switch os.Args[1] {
	case "go":
		code = runGo(os.Args[2:], os.Stdout)
	case "steps":
		code = runSteps(os.Args[2:], os.Stdout)
	default:
		usage()
	}
	os.Exit(code)
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: testrun steps [-count STEP,...] [-beside STEP,...] STEP... | testrun go [go test flags] PACKAGES...")
	os.Exit(2)
}

// modulePath reads the module path from go.mod in the working directory,
// or returns "" (package names are then printed in full).
func modulePath() string {
	b, err := os.ReadFile("go.mod")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "module "); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`)
		}
	}
	return ""
}
