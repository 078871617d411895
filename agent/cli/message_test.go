package cli

import "testing"

// TestSentence: Go package prefixes do not reach a person's screen.
func TestSentence(t *testing.T) {
	for in, want := range map[string]string{
		`session: unknown name "third"`:                     `unknown name "third"`,
		`blame: no SessionOpened event for 0xab`:            `no SessionOpened event for 0xab`,
		`catching up: agent: store: cursor.json is corrupt`: `catching up: cursor.json is corrupt`,
		`no contract at 0x1 (wire: x)`:                      `no contract at 0x1 (x)`,
		// A decoded custom error's argument names stay, even those that
		// are also package names.
		`revoking: chain: reverted: SessionKeystoreNoActiveKey(account: 0xf39F, suite: x25519)`: `revoking: reverted: SessionKeystoreNoActiveKey(account: 0xf39F, suite: x25519)`,
		`the miner's session: 3 requests`:                     `the miner's session: 3 requests`,
		`deployment record deployments/31337.json: not found`: `deployment record deployments/31337.json: not found`,
	} {
		if got := sentence(in); got != want {
			t.Errorf("sentence(%q) = %q, want %q", in, got, want)
		}
	}
}
