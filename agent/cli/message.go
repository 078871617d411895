package cli

import "strings"

// packagePrefixes are the prefixes the project's packages put on their
// errors (house style): right for a log or a Go caller, noise for a person
// reading a command's one-line message.
var packagePrefixes = []string{
	"account", "agent", "blame", "chain", "cli", "deployment", "inference",
	"openai", "protocol", "session", "skcrypto", "store", "timeline", "wire",
}

// sentence turns an error chain into a sentence for a person: the
// project's package prefixes go ("session: unknown name" reads "unknown
// name"), at the start of the message or of a wrapped error.
func sentence(msg string) string {
	var b strings.Builder
	for i := 0; i < len(msg); {
		// After "(" only when it opens a parenthesis in the text ("at 0x1
		// (wire: …)"), not a decoded custom error's arguments
		// ("NoActiveKey(account: …"), whose names may be package names.
		atWord := i == 0 || strings.HasSuffix(msg[:i], " (") || msg[:i] == "(" || strings.HasSuffix(msg[:i], ": ")
		if atWord {
			if p := prefixAt(msg[i:]); p != "" {
				i += len(p)
				continue
			}
		}
		b.WriteByte(msg[i])
		i++
	}
	return b.String()
}

// prefixAt returns "pkg: " when s starts with one of the package
// prefixes, else "".
func prefixAt(s string) string {
	for _, p := range packagePrefixes {
		if strings.HasPrefix(s, p+": ") {
			return p + ": "
		}
	}
	return ""
}
