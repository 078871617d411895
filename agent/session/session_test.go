package session

import (
	"errors"
	"os"
	"regexp"
	"strings"
	"testing"
)

// solidityEnums parses `enum Name { A, B, C }` declarations from the
// contract interface, the on-chain spec, in declaration order.
func solidityEnums(t *testing.T) map[string][]string {
	t.Helper()
	src, err := os.ReadFile("../../contracts/ISessionKeystore.sol")
	if err != nil {
		t.Fatalf("reading the contract interface: %v", err)
	}
	re := regexp.MustCompile(`enum\s+(\w+)\s*\{([^}]*)\}`)
	out := map[string][]string{}
	for _, m := range re.FindAllStringSubmatch(string(src), -1) {
		var names []string
		for _, n := range strings.Split(m[2], ",") {
			if n = strings.TrimSpace(n); n != "" {
				names = append(names, n)
			}
		}
		out[m[1]] = names
	}
	return out
}

// TestEnumsMatchSolidity checks that every Go enum value has the ordinal of
// the Solidity enum member of the same name: the ordinals are wire format.
func TestEnumsMatchSolidity(t *testing.T) {
	enums := solidityEnums(t)
	// Go names are lower-case or kebab-case forms of the Solidity names.
	norm := func(s string) string { return strings.ReplaceAll(strings.ToLower(s), "-", "") }
	check := func(enum string, goNames []string) {
		t.Helper()
		sol, ok := enums[enum]
		if !ok {
			t.Fatalf("enum %s not found in ISessionKeystore.sol", enum)
		}
		if len(sol) != len(goNames) {
			t.Fatalf("enum %s: Solidity has %d members %v, Go has %d %v", enum, len(sol), sol, len(goNames), goNames)
		}
		for i := range sol {
			if norm(sol[i]) != norm(goNames[i]) {
				t.Errorf("enum %s ordinal %d: Solidity %q, Go %q", enum, i, sol[i], goNames[i])
			}
		}
	}
	var roles, methods, suites, phases, faults []string
	for r := Role(0); r.Valid(); r++ {
		roles = append(roles, r.String())
	}
	for m := Method(0); m.Valid(); m++ {
		methods = append(methods, m.String())
	}
	for s := Suite(0); s.Valid(); s++ {
		suites = append(suites, s.String())
	}
	for p := Phase(0); p.Valid(); p++ {
		phases = append(phases, p.String())
	}
	for f := Fault(0); f.Valid(); f++ {
		faults = append(faults, f.String())
	}
	var steps []string
	for s := Step(0); s.Valid(); s++ {
		steps = append(steps, s.String())
	}
	check("Step", steps)
	check("Role", roles)
	check("Method", methods)
	check("Suite", suites)
	check("Phase", phases)
	check("Fault", faults)
}

func TestParseRoundTrip(t *testing.T) {
	for _, r := range Roles {
		if got, err := ParseRole(r.String()); err != nil || got != r {
			t.Errorf("ParseRole(%q) = %v, %v", r, got, err)
		}
	}
	for _, m := range []Method{Combined, Coordinator} {
		if got, err := ParseMethod(m.String()); err != nil || got != m {
			t.Errorf("ParseMethod(%q) = %v, %v", m, got, err)
		}
	}
	for _, s := range []Suite{X25519, Hybrid} {
		if got, err := ParseSuite(strings.ToUpper(s.String())); err != nil || got != s {
			t.Errorf("ParseSuite(%q) = %v, %v", s, got, err)
		}
	}
	// The error is ErrUnknown, and reads as one phrase: what kind of name,
	// the name, and the names there are (issue 16 item 3).
	for want, bad := range map[string]func() error{
		`session: unknown role "admin" (want user, miner or oracle)`:       func() error { _, err := ParseRole("admin"); return err },
		`session: unknown method "method1" (want combined or coordinator)`: func() error { _, err := ParseMethod("method1"); return err },
		`session: unknown suite "p256" (want x25519 or hybrid)`:            func() error { _, err := ParseSuite("p256"); return err },
	} {
		if err := bad(); !errors.Is(err, ErrUnknown) || err.Error() != want {
			t.Errorf("parse of unknown name: %v, want ErrUnknown reading %q", err, want)
		}
	}
	id := ID{0xab, 0xcd}
	if got, err := ParseID(id.String()); err != nil || got != id {
		t.Errorf("ParseID round trip: %v, %v", got, err)
	}
	for _, bad := range []string{"", "0x12", "zz" + strings.Repeat("0", 62), "0x" + strings.Repeat("0", 66)} {
		if _, err := ParseID(bad); err == nil {
			t.Errorf("ParseID(%q) accepted", bad)
		}
	}
}

func TestRoleSet(t *testing.T) {
	s := User.Bit() | Oracle.Bit()
	if !s.Has(User) || s.Has(Miner) || !s.Has(Oracle) || s.String() != "user+oracle" {
		t.Errorf("RoleSet %08b: %v", s, s)
	}
	if RoleSet(0).String() != "none" || AllRoles.String() != "user+miner+oracle" {
		t.Errorf("RoleSet strings: %v %v", RoleSet(0), AllRoles)
	}
	if RoleSet(8).Valid() || RoleSet(8).Has(Role(3)) {
		t.Error("RoleSet(8) must be invalid")
	}
}

func TestParamsCheck(t *testing.T) {
	good := Params{Method: Combined, Suite: X25519, User: [20]byte{1}, Miner: [20]byte{2}, Oracle: [20]byte{3}}
	if err := good.Check(); err != nil {
		t.Fatalf("good params: %v", err)
	}
	for name, mutate := range map[string]func(*Params){
		"method 1 hybrid":      func(p *Params) { p.Suite = Hybrid },
		"method 1 coordinator": func(p *Params) { p.Coordinator = Miner },
		"bad method":           func(p *Params) { p.Method = 9 },
		"bad suite":            func(p *Params) { p.Method, p.Suite = Coordinator, 9 },
		"bad coordinator":      func(p *Params) { p.Method, p.Coordinator = Coordinator, 3 },
		"zero miner":           func(p *Params) { p.Miner = [20]byte{} },
		"user is oracle":       func(p *Params) { p.Oracle = p.User },
	} {
		p := good
		mutate(&p)
		if err := p.Check(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	for _, r := range Roles {
		if got, ok := good.RoleOf(good.Account(r)); !ok || got != r {
			t.Errorf("RoleOf(Account(%v)) = %v, %v", r, got, ok)
		}
	}
	if _, ok := good.RoleOf([20]byte{9}); ok {
		t.Error("RoleOf(stranger) found a role")
	}
}
