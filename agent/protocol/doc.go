// Package protocol is the pure core of a role agent: one state machine per
// session and role, for both methods. It takes typed protocol events (decoded
// from the contract's logs elsewhere) and returns actions; it does no I/O,
// reads no clock, and draws randomness only from the io.Reader in Config.
//
// # Contract with the runtime
//
// The runtime executes the actions of each Consume in order:
//
//   - Persist: durably store the named secret BEFORE executing any later
//     action. Every Send that commits to a secret (a commitment, a wrap, an
//     attestation) comes after the Persist of that secret.
//   - Send: make the contract call. Sending is not doing: the machine counts
//     a step as done only when it sees its own event on chain.
//   - Done: the session reached a terminal state; Established carries K.
//   - Forget: delete every stored secret of the session. It comes exactly
//     once, when the session ends (after Done), never before.
//
// A machine emits each Send once. Pending reports the call that is due and
// not yet reflected on chain, level-triggered, so the runtime can resend
// after a lost transaction or a restart without sending a step twice.
//
// # Restart
//
// After a crash the runtime builds a machine with New and the session's
// stored Secrets, replays the session's events from the chain through
// Consume (executing Persist, Done and Forget, discarding Send), and then
// sends Pending, if any. Replay is deterministic: a restored secret is used
// instead of a fresh one. After a reorg the runtime does the same from the
// canonical events.
//
// # Errors
//
// An event of another session or contract (ErrWrongSession), out of order,
// duplicated (ErrUnexpectedEvent) or malformed (ErrMalformed) returns an
// error and leaves the machine unchanged. Checks that prove a party cheated
// do not return errors: they produce an Abort call naming the culprit.
package protocol
