//go:build linux

package bench

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Machine describes where the run happened.
type Machine struct {
	CPU   string
	Cores int
	MemGB float64
	OS    string
	Go    string
	Anvil string
}

func machine() Machine {
	m := Machine{Cores: runtime.NumCPU(), OS: runtime.GOOS + "/" + runtime.GOARCH, Go: runtime.Version()}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(line, "model name"); ok {
				m.CPU = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(v), ":"))
				break
			}
		}
	}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(line, "MemTotal:"); ok {
				kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
				m.MemGB = kb / (1 << 20)
			}
		}
	}
	return m
}

func senderOf(tx *types.Transaction, chainID uint64) (common.Address, error) {
	return types.Sender(types.LatestSignerForChainID(new(big.Int).SetUint64(chainID)), tx)
}

// Micro is the micro-benchmarks' output.
type Micro struct {
	Raw string // go test -bench output, for benchstat
	// Session is ns per session of each role's off-chain work, by config
	// key and role.
	Session map[string][3]float64
	// Inference is ns per inference request, by role.
	Inference [3]float64
	// Primitives are the primitive benchmarks: name → ns/op.
	Primitives []Primitive
}

// Primitive is one primitive benchmark.
type Primitive struct {
	Name string
	Ns   float64
}

var benchLine = regexp.MustCompile(`^(Benchmark\S+?)(?:-\d+)?\s+\d+\s+([\d.]+) ns/op`)

func micro(ctx context.Context, o Options) (Micro, error) {
	m := Micro{Session: map[string][3]float64{}}
	cmd := exec.CommandContext(ctx, "go", "test", "-run", "^$", "-bench", ".", "-benchtime", o.BenchTime, "-count", "1",
		"./agent/protocol/", "./agent/inference/", "./agent/skcrypto/", "./agent/chain/")
	cmd.Dir = o.Root
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return m, fmt.Errorf("bench: go test -bench: %w\n%s%s", err, out.String(), errb.String())
	}
	m.Raw = out.String()
	roles := map[string]int{"user": 0, "miner": 1, "oracle": 2}
	sc := bufio.NewScanner(strings.NewReader(m.Raw))
	for sc.Scan() {
		g := benchLine.FindStringSubmatch(sc.Text())
		if g == nil {
			continue
		}
		ns, _ := strconv.ParseFloat(g[2], 64)
		name := g[1]
		params := map[string]string{}
		for _, part := range strings.Split(name, "/")[1:] {
			if k, v, ok := strings.Cut(part, "="); ok {
				params[k] = v
			}
		}
		switch {
		case strings.HasPrefix(name, "BenchmarkSession/"):
			key := "M1 " + params["suite"]
			if params["method"] == "coordinator" {
				key = fmt.Sprintf("M2 %s %s", params["coord"], params["suite"])
			}
			v := m.Session[key]
			v[roles[params["role"]]] = ns
			m.Session[key] = v
		case strings.HasPrefix(name, "BenchmarkInference/"):
			m.Inference[roles[params["role"]]] = ns
		case strings.HasPrefix(name, "BenchmarkEnvelope/"):
		default:
			m.Primitives = append(m.Primitives, Primitive{Name: strings.TrimPrefix(name, "Benchmark"), Ns: ns})
		}
	}
	if len(m.Session) == 0 {
		return m, fmt.Errorf("bench: no BenchmarkSession results in:\n%s", m.Raw)
	}
	return m, nil
}

// DX is the developer-experience measure.
type DX struct {
	// ExampleLines counts the lines of code (no blanks, no comments) of
	// ExampleSession_Ask: a whole integration, new agent to closed session.
	ExampleLines int
	// MethodLines are the statements of each method's example ("M1",
	// "M2"), and MethodFields the OpenOptions fields it sets.
	MethodLines  map[string]int
	MethodFields map[string]int
	// UserSteps are the calls a Router Node's agent makes per config, and
	// Events the distinct events a session emits.
	UserSteps map[string][]string
	Events    map[string]int
}

func dx(root string, sessions []ConfigResult) (DX, error) {
	d := DX{MethodLines: map[string]int{}, MethodFields: map[string]int{}, UserSteps: map[string][]string{}, Events: map[string]int{}}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filepath.Join(root, "agent", "example_test.go"), nil, parser.ParseComments)
	if err != nil {
		return d, err
	}
	// The caller's code of each method: the example's statements, and the
	// OpenOptions fields it sets.
	examples := map[string]string{"ExampleSession_Ask": "M1", "ExampleSession_Ask_coordinator": "M2"}
	for _, decl := range f.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || examples[fn.Name.Name] == "" {
			continue
		}
		lines := map[int]bool{}
		fields := 0
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			if s, ok := n.(ast.Stmt); ok {
				if _, block := s.(*ast.BlockStmt); !block {
					lines[fset.Position(s.Pos()).Line] = true
				}
			}
			if cl, ok := n.(*ast.CompositeLit); ok {
				if sel, ok := cl.Type.(*ast.SelectorExpr); ok && sel.Sel.Name == "OpenOptions" {
					fields = len(cl.Elts)
				}
			}
			return true
		})
		d.MethodLines[examples[fn.Name.Name]] = len(lines)
		d.MethodFields[examples[fn.Name.Name]] = fields
	}
	if d.MethodLines["M1"] == 0 || d.MethodLines["M2"] == 0 {
		return d, fmt.Errorf("bench: agent/example_test.go lacks ExampleSession_Ask or ExampleSession_Ask_coordinator")
	}
	d.ExampleLines = d.MethodLines["M1"]
	for _, s := range sessions {
		d.UserSteps[s.Config] = s.UserSteps
		d.Events[s.Config] = s.EventKinds
	}
	return d, nil
}
